module github.com/apikeylint/apikeylint

go 1.26.0

require golang.org/x/tools v0.52.0

require github.com/golangci/plugin-module-register v0.1.2
