package exposure

import (
	"os"

	"github.com/golang/glog"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

func zaps() {
	key := os.Getenv("WAVESPEED_API_KEY")
	logger := zap.NewExample()
	logger.Info("ready", zap.String("api_key", key)) // want `WaveSpeed API key from WAVESPEED_API_KEY written to the log`
	logger.Info("ready", zap.Int("api_key_len", len(key)))
	logger.Info("key " + key) // want `written to the log`
	logger.Info("key set", zap.Bool("ok", key != ""))
	logger = logger.With(zap.Any("key", key)) // want `written to the log`
	logger = logger.With(zap.Any("key_len", len(key)))
	sugar := logger.Sugar()
	sugar.Infof("key %s", key) // want `written to the log`
	sugar.Infof("key %T", key)
	sugar.Infow("ready", "key", key) // want `written to the log`
	sugar.Infow("ready", "key_len", len(key))
	sugar.With("key", key).Info("ready") // want `written to the log`
	sugar.With("key_set", key != "").Info("ready")
}

func logruses() {
	key := os.Getenv("WAVESPEED_API_KEY")
	logrus.WithField("key", key).Info("ready") // want `written to the log`
	logrus.WithField("key_len", len(key)).Info("ready")
	logrus.WithFields(logrus.Fields{"key": key, "model": "flux"}).Info("ready") // want `written to the log`
	logrus.WithFields(logrus.Fields{"key_len": len(key), "model": "flux"}).Info("ready")
	logrus.Infof("key %s", key) // want `written to the log`
	logrus.Infof("key %d chars", len(key))
	l := logrus.New()
	l.Warn("key ", key) // want `written to the log`
	l.Warn("key ", len(key))
	l.WithField("k", "v").Error(key) // want `written to the log`
	l.WithField("k", "v").Error(len(key))
}

func zerologs() {
	key := os.Getenv("WAVESPEED_API_KEY")
	zlog.Info().Str("key", key).Msg("ready") // want `written to the log`
	zlog.Info().Int("key_len", len(key)).Msg("ready")
	zlog.Error().Msgf("bad key %s", key) // want `written to the log`
	zlog.Error().Msgf("bad key %d", len(key))
	l := zerolog.New(os.Stderr).With().Str("key", key).Logger() // want `written to the log`
	l = zerolog.New(os.Stderr).With().Str("model", "flux").Logger()
	l.Info().Interface("cfg", map[string]string{"key": key}).Send() // want `written to the log`
	l.Info().Interface("cfg", map[string]int{"key_len": len(key)}).Send()
	zlog.Printf("key %s", key) // want `written to the log`
	zlog.Printf("key %d", len(key))
}

func kloglogs() {
	key := os.Getenv("WAVESPEED_API_KEY")
	klog.Infof("key %s", key) // want `written to the log`
	klog.Infof("key %d chars", len(key))
	klog.InfoS("ready", "key", key) // want `written to the log`
	klog.InfoS("ready", "key_len", len(key))
	klog.V(2).Infof("key %s", key) // want `written to the log`
	klog.V(2).Infof("key %d", len(key))
	glog.Errorf("key %s", key) // want `written to the log`
	glog.Errorf("key %d", len(key))
	glog.V(1).Info("key ", key) // want `written to the log`
	glog.V(1).Info("key ", len(key))
}
