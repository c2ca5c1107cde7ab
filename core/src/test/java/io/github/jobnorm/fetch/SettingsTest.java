package io.github.jobnorm.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/** The small values behind the fetcher's options: host rates, proxies, charsets, sign-in pages. */
class SettingsTest {

  @Test
  void aHostTakesTheRateOfTheLongestDomainItFallsUnder() {
    HostRules rules = HostRules.DEFAULTS.withRate("jobs.linkedin.com", 0.5);

    assertThat(rules.rateFor("www.linkedin.com")).isEqualTo(1.0);
    assertThat(rules.keyFor("www.linkedin.com")).isEqualTo("linkedin.com");
    assertThat(rules.rateFor("jobs.linkedin.com")).isEqualTo(0.5);
    assertThat(rules.rateFor("boards-api.greenhouse.io")).isEqualTo(4.0);
    assertThat(rules.rateFor("api.lever.co")).isEqualTo(4.0);
    assertThat(rules.rateFor("api.ashbyhq.com")).isEqualTo(4.0);
    assertThat(rules.rateFor("notlinkedin.com")).isEqualTo(1.0);
    assertThat(rules.keyFor("notlinkedin.com")).isEqualTo("notlinkedin.com");
    assertThatThrownBy(() -> rules.withRate("x.com", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsProxyUrlsWithCredentials() {
    ProxySpec socks = ProxySpec.parse("socks5://me:p%40ss@proxy.example.org:1080");
    ProxySpec http = ProxySpec.parse("http://10.0.0.1:3128");

    assertThat(socks)
        .isEqualTo(new ProxySpec(Proxy.Type.SOCKS, "proxy.example.org", 1080, "me", "p@ss"));
    assertThat(socks.toString()).isEqualTo("socks5://proxy.example.org:1080");
    assertThat(http).isEqualTo(new ProxySpec(Proxy.Type.HTTP, "10.0.0.1", 3128, null, null));
    assertThatThrownBy(() -> ProxySpec.parse("ftp://x:21"))
        .hasMessageContaining("http:// or socks5://");
    assertThatThrownBy(() -> ProxySpec.parse("http://nohost")).hasMessageContaining("host and a port");
  }

  @Test
  void socksCredentialsAreFoundByProxyAddress() {
    new ProxyInterceptor(java.util.List.of(ProxySpec.parse("socks5://u:pw@socks.example.org:1081")));

    assertThat(ProxyInterceptor.SocksCredentials.lookup("SOCKS.example.org", 1081).getUserName())
        .isEqualTo("u");
    assertThat(ProxyInterceptor.SocksCredentials.lookup("socks.example.org", 1082)).isNull();
  }

  @Test
  void recognizesSignInPages() {
    assertThat(BlockInterceptor.isWall(HttpUrl.get("https://www.linkedin.com/authwall?trk=x"))).isTrue();
    assertThat(BlockInterceptor.isWall(HttpUrl.get("https://www.linkedin.com/uas/login"))).isTrue();
    assertThat(BlockInterceptor.isWall(HttpUrl.get("https://www.linkedin.com/checkpoint/challenge/1")))
        .isTrue();
    assertThat(BlockInterceptor.isWall(HttpUrl.get("https://www.linkedin.com/jobs/view/123"))).isFalse();
    assertThat(BlockInterceptor.isWall(HttpUrl.get("https://example.com/blog/loginless-design")))
        .isFalse();
  }

  @Test
  void findsAMetaCharsetWithoutBacktrackingOnHostileMarkup() {
    byte[] hostile = ("<meta " + "x".repeat(5_000_000)).getBytes(StandardCharsets.ISO_8859_1);

    BodyDecoder.Decoded decoded =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> BodyDecoder.decode(hostile, MediaType.get("text/html")));

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(
            BodyDecoder.decode(
                    "<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>"
                        .getBytes(StandardCharsets.US_ASCII),
                    null)
                .charset()
                .name())
        .isEqualTo("Shift_JIS");
  }
}
