package exposurefix

import (
	"log"
	"os"
)

func readKey() string { return os.Getenv("WAVESPEED_API_KEY") }

func shadowed() {
	fmt := readKey()
	log.Print(fmt) // want `written to the log`
}
