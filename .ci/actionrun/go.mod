module apikeylint.invalid/ci/actionrun

go 1.26.0
