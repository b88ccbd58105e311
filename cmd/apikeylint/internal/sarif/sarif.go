// Package sarif holds the SARIF 2.1.0 types and writer that both of
// apikeylint's SARIF outputs use: the analyzer's (-format=sarif) and
// `apikeylint commits --format sarif`. It has the subset of the format that
// GitHub code scanning and other viewers read; fields one writer does not
// set are left out of its output (omitempty), except results, which are
// always written (an empty run is "results": []).
package sarif

import (
	"encoding/json"
	"io"
	"strings"
)

// Fixed values of the format.
const (
	Schema  = "https://json.schemastore.org/sarif-2.1.0.json"
	Version = "2.1.0"
	// SrcRoot is the uriBaseId of paths relative to the repository root.
	SrcRoot = "%SRCROOT%"
	// InformationURI is apikeylint's home page, the driver's informationUri.
	InformationURI = "https://github.com/apikeylint/apikeylint"
)

type (
	// Log is a whole SARIF file.
	Log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []Run  `json:"runs"`
	}
	// Run is one tool's run.
	Run struct {
		Tool               Tool                `json:"tool"`
		Language           string              `json:"language,omitempty"`
		NewlineSequences   []string            `json:"newlineSequences,omitempty"`
		OriginalURIBaseIDs map[string]Artifact `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string              `json:"columnKind,omitempty"`
		Results            []Result            `json:"results"`
	}
	// Tool names the driver.
	Tool struct {
		Driver Driver `json:"driver"`
	}
	// Driver is the tool component and its rules.
	Driver struct {
		Name            string `json:"name"`
		Language        string `json:"language,omitempty"`
		Version         string `json:"version,omitempty"`
		SemanticVersion string `json:"semanticVersion,omitempty"`
		InformationURI  string `json:"informationUri"`
		Rules           []Rule `json:"rules"`
	}
	// Rule is a reportingDescriptor.
	Rule struct {
		ID               string         `json:"id"`
		Name             string         `json:"name"`
		ShortDescription Text           `json:"shortDescription"`
		FullDescription  Text           `json:"fullDescription"`
		HelpURI          string         `json:"helpUri,omitempty"`
		Help             *Text          `json:"help,omitempty"`
		DefaultConfig    RuleConfig     `json:"defaultConfiguration"`
		Properties       RuleProperties `json:"properties"`
	}
	// RuleConfig is a rule's default configuration.
	RuleConfig struct {
		Level string `json:"level"`
	}
	// RuleProperties are a rule's property bag; GitHub reads tags,
	// precision and security-severity.
	RuleProperties struct {
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision,omitempty"`
		SecuritySeverity string   `json:"security-severity,omitempty"`
	}
	// Text is a message or description.
	Text struct {
		Text string `json:"text"`
	}
	// Result is one finding.
	Result struct {
		RuleID    string     `json:"ruleId"`
		RuleIndex int        `json:"ruleIndex"`
		Level     string     `json:"level"`
		Message   Text       `json:"message"`
		Locations []Location `json:"locations"`
		// RelatedLocations: where the key came from or went, each with
		// an id and a message.
		RelatedLocations []Location `json:"relatedLocations,omitempty"`
		// PartialFingerprints lets code scanning follow a result across
		// commits: apikeylint/v1 (analyzer), gitleaksFingerprint/v1 and
		// commitSha (commits).
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Fixes               []Fix             `json:"fixes,omitempty"`
		// Properties: the commit, its author and date, and --verify's
		// verdict, for `apikeylint commits`.
		Properties map[string]string `json:"properties,omitempty"`
	}
	// Location is a result's or a related location.
	Location struct {
		ID               *int     `json:"id,omitempty"`
		PhysicalLocation Physical `json:"physicalLocation"`
		Message          *Text    `json:"message,omitempty"`
	}
	// Physical is a file and a region in it.
	Physical struct {
		ArtifactLocation Artifact `json:"artifactLocation"`
		Region           *Region  `json:"region,omitempty"`
	}
	// Artifact is a file: a URI, relative to URIBaseID when that is set.
	Artifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	// Region is a span of lines and columns (end column exclusive), with
	// the text it covers when Snippet is set.
	Region struct {
		StartLine   int   `json:"startLine"`
		StartColumn int   `json:"startColumn,omitempty"`
		EndLine     int   `json:"endLine,omitempty"`
		EndColumn   int   `json:"endColumn,omitempty"`
		Snippet     *Text `json:"snippet,omitempty"`
	}
	// Fix is a suggested fix.
	Fix struct {
		Description     Text             `json:"description"`
		ArtifactChanges []ArtifactChange `json:"artifactChanges"`
	}
	// ArtifactChange is a fix's edits to one file.
	ArtifactChange struct {
		ArtifactLocation Artifact      `json:"artifactLocation"`
		Replacements     []Replacement `json:"replacements"`
	}
	// Replacement replaces a region with new text.
	Replacement struct {
		DeletedRegion   Region `json:"deletedRegion"`
		InsertedContent Text   `json:"insertedContent"`
	}
)

// NewDriver returns apikeylint's driver at version (a module version such
// as v0.1.0 or (devel)); semanticVersion is set for a tagged version.
func NewDriver(version string) Driver {
	d := Driver{Name: "apikeylint", Version: version, InformationURI: InformationURI}
	if strings.HasPrefix(version, "v") {
		d.SemanticVersion = strings.TrimPrefix(version, "v")
	}
	return d
}

// Write writes a log holding runs as indented JSON, with a final newline.
// A run's nil Results are written as [].
func Write(w io.Writer, runs ...Run) error {
	for i := range runs {
		if runs[i].Results == nil {
			runs[i].Results = []Result{}
		}
		if runs[i].Tool.Driver.Rules == nil {
			runs[i].Tool.Driver.Rules = []Rule{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Log{Schema: Schema, Version: Version, Runs: runs})
}
