package keys

import (
	"hash/crc32"
	"strings"
)

// base62 is the alphabet of GitHub's token checksums: digits, then upper
// case, then lower case.
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// GitHubChecksumOK reports whether token, a GitHub token in the 2021 format
// (ghp_, gho_, ghu_, ghs_ or ghr_, then 30 random base62 characters), ends
// with the CRC32 (IEEE) of its random part, written as 6 base62 digits
// padded with leading zeros. GitHub issues no token whose checksum fails,
// so such a literal is made up. Fine-grained github_pat_ tokens have no
// documented checksum: GitHubChecksumOK reports true for them, and false
// for anything that is not a GitHub token.
//
// See https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/.
func GitHubChecksumOK(token string) bool {
	if strings.HasPrefix(token, "github_pat_") {
		return true
	}
	if len(token) != 40 || !strings.HasPrefix(token, "gh") || token[3] != '_' || !strings.ContainsRune("pousr", rune(token[2])) {
		return false
	}
	random, sum := token[4:34], token[34:]
	for i := 0; i < len(token[4:]); i++ {
		if strings.IndexByte(base62, token[4+i]) < 0 {
			return false
		}
	}
	return encodeBase62(crc32.ChecksumIEEE([]byte(random))) == sum
}

// encodeBase62 writes n in base62 with at least six digits, as GitHub's
// token checksums are.
func encodeBase62(n uint32) string {
	const width = 6
	var b [12]byte
	i := len(b)
	for n > 0 || len(b)-i < width {
		i--
		b[i] = base62[n%62]
		n /= 62
	}
	return string(b[i:])
}
