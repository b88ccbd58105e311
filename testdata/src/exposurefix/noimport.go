package exposurefix

import "log"

func logKey(k string) {
	log.Print("key ", k) // want `written to the log`
}

func caller() { logKey(readKey()) }
