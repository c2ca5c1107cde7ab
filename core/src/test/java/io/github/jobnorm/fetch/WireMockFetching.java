package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Random;

/** What the WireMock tests of the fetcher share: a loopback server and a fetcher on fake time. */
final class WireMockFetching {
  private WireMockFetching() {}

  /** A server on a free loopback port that sends stubbed bodies as they are (no gzip of its own). */
  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true))
        .build();
  }

  /** A random source whose every draw is one half, so back-offs are exactly half their cap. */
  static Random half() {
    return new Random() {
      private static final long serialVersionUID = 1L;

      @Override
      public double nextDouble() {
        return 0.5;
      }
    };
  }

  /**
   * A fetcher on the fake clock, without jitter or robots.txt, at 1000 requests/second, so that the
   * only waits are the ones a test is about.
   */
  static Fetcher.Builder fetcher(FakeTiming timing) {
    return Fetcher.builder()
        .timing(timing)
        .random(half())
        .jitter(Duration.ZERO)
        .defaultRate(1000)
        .ignoreRobots(true)
        // generous: a loaded build machine must not turn a slow stub into a retry
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(15));
  }
}
