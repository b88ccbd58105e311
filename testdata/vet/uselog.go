package main

import (
	"os"

	"example.com/vetfixture/logx"
)

// debugKey passes the key to logx.Debug, which logs it.
func debugKey() { logx.Debug("key", os.Getenv("WAVESPEED_API_KEY")) }
