package io.github.jobnorm.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The retry rules on their own: Retry-After, the back-off caps, and which failures pass. */
class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void readsRetryAfterAsSecondsOrAsAnHttpDate() {
    assertThat(RetryPolicy.retryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryPolicy.retryAfter(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.retryAfter("Mon, 05 Jan 2026 10:01:30 GMT", NOW))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(RetryPolicy.retryAfter("Mon, 05 Jan 2026 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresARetryAfterItCannotRead() {
    assertThat(RetryPolicy.retryAfter(null, NOW)).isNull();
    assertThat(RetryPolicy.retryAfter("soon", NOW)).isNull();
    assertThat(RetryPolicy.retryAfter("-5", NOW)).isNull();
    assertThat(RetryPolicy.retryAfter("99999999999999999999999", NOW)).isNull();
  }

  @Test
  void theBackoffCapDoublesUpToTheMaximum() {
    RetryPolicy policy =
        new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(5));
    java.util.Random top =
        new java.util.Random() {
          private static final long serialVersionUID = 1L;

          @Override
          public double nextDouble() {
            return 1.0;
          }
        };

    assertThat(policy.backoff(1, top)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2, top)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(3, top)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(4, top)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.backoff(60, top)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void retriesTimeoutsAndBrokenConnectionsButNotWhatWillNotHeal() {
    assertThat(RetryPolicy.isTransient(new SocketTimeoutException("Read timed out"))).isTrue();
    assertThat(RetryPolicy.isTransient(new SocketException("Connection reset"))).isTrue();
    assertThat(RetryPolicy.isTransient(new EOFException())).isTrue();
    assertThat(RetryPolicy.isTransient(new IOException("unexpected end of stream on http://x/")))
        .isTrue();
    assertThat(RetryPolicy.isTransient(new UnknownHostException("nowhere.invalid"))).isFalse();
    assertThat(RetryPolicy.isTransient(new ConnectException("Connection refused"))).isFalse();
    assertThat(RetryPolicy.isTransient(new SSLHandshakeException("bad certificate"))).isFalse();
    assertThat(
            RetryPolicy.isTransient(
                new FetchException(FetchResult.Reason.TOO_LARGE, 0, "too large", true)))
        .isFalse();
  }
}
