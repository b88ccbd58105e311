package keys

import "testing"

func TestURLShapes(t *testing.T) {
	ids := map[string]bool{}
	for _, sh := range URLShapes() {
		if ids[sh.ID] {
			t.Errorf("URL shape %q listed twice", sh.ID)
		}
		ids[sh.ID] = true
		if _, ok := APIByID(sh.API); !ok {
			t.Errorf("URL shape %q: provider %q is not in the registry", sh.ID, sh.API)
		}
		if sh.EnvVar == "" || sh.Name == "" || sh.Secret == "" || sh.Doc == "" {
			t.Errorf("URL shape %q lacks a name, secret, env var or doc", sh.ID)
		}
		for _, tp := range sh.TruePositives {
			m, ok := FindURLSecret(tp)
			if !ok || m.Shape.ID != sh.ID {
				t.Errorf("%s: %q not found (got %+v)", sh.ID, tp, m)
				continue
			}
			if m.Start != 0 || len(m.Secret) < 24 {
				t.Errorf("%s: %q: match %d..%d, secret %q", sh.ID, tp, m.Start, m.End, m.Secret)
			}
			// Inside other text too.
			if m2, ok := FindURLSecret(`curl -X POST "` + tp + `" -d '{}'`); !ok || m2.Secret != m.Secret {
				t.Errorf("%s: %q not found inside a command line", sh.ID, tp)
			}
		}
		for _, fp := range sh.FalsePositives {
			if m, ok := FindURLSecret(fp); ok {
				t.Errorf("%s: %q found: %+v", sh.ID, fp, m)
			}
		}
	}
}

func TestFindURLSecretUserinfo(t *testing.T) {
	for _, c := range []struct {
		url    string
		secret string // "" for none
		env    string
	}{
		{"postgres://app:Vq7rK2mX9tLw4Pz8@db.prod.acme.io:5432/app?sslmode=require", "Vq7rK2mX9tLw4Pz8", "DATABASE_URL"},
		{"https://deploy:h8Tq2LmZ4rX7vN3k@git.acme.io/org/repo.git", "h8Tq2LmZ4rX7vN3k", "ACME_URL"},
		{"redis://:Zt4qP9mW2xL7vB3n@cache.acme.io:6379/0", "Zt4qP9mW2xL7vB3n", "REDIS_URL"},
		{"amqp://svc:Rm8xT3qZ7vL2pK9w@mq.acme.io:5672/", "Rm8xT3qZ7vL2pK9w", "AMQP_URL"},
		// A generated secret on a local host is still one.
		{"postgres://app:Zt4qP9mW2xL7vB3nK8sR5dF1@localhost:5432/app", "Zt4qP9mW2xL7vB3nK8sR5dF1", "DATABASE_URL"},

		{"postgres://postgres:postgres@localhost:5432/app", "", ""},
		{"postgres://app:Vq7rK2mX@localhost:5432/app", "", ""},  // short, local
		{"postgres://app:Vq7rK2mX9tLw4Pz8@db:5432/app", "", ""}, // compose host, not generated-looking
		{"https://user:password@example.com/", "", ""},          // documentation
		{"https://deploy:h8Tq2LmZ4rX7vN3k@git.example.com/r.git", "", ""},
		{"https://deploy:h8Tq2LmZ4rX7vN3k@ci.acme.test/r.git", "", ""},
		{"https://user:${PASSWORD}@git.acme.io/r.git", "", ""},
		{"https://user:%s@git.acme.io/r.git", "", ""},
		{"https://user:{{.Password}}@git.acme.io/r.git", "", ""},
		{"https://user:xxxxxxxxxx@git.acme.io/r.git", "", ""},
		{"https://user:********@git.acme.io/r.git", "", ""},
		{"https://admin:Secret123!@git.acme.io/r.git", "", ""},
		{"https://user:P@ssw0rd@git.acme.io/r.git", "", ""},
		{"https://alice:mypassword1@git.acme.io/r.git", "", ""},
		{"https://token:x-oauth-basic@github.com/o/r.git", "", ""},
		{"mailto:someone@acme.io", "", ""},
		{"https://git.acme.io/r.git", "", ""},
		{"ssh://git@github.com:22/o/r.git", "", ""},
		{"http://[::1]:8080/x", "", ""},
		{"https://host:8443@acme.io", "", ""}, // a port, then @: no password worth a name
	} {
		m, ok := FindURLSecret(c.url)
		if c.secret == "" {
			if ok {
				t.Errorf("FindURLSecret(%q) = %+v, want none", c.url, m)
			}
			continue
		}
		if !ok || m.Secret != c.secret || m.Shape.EnvVar != c.env || m.Shape.ID != "url-userinfo-password" {
			t.Errorf("FindURLSecret(%q) = %q %q %q, %v; want %q %q", c.url, m.Secret, m.Shape.EnvVar, m.Shape.ID, ok, c.secret, c.env)
		}
	}
}
