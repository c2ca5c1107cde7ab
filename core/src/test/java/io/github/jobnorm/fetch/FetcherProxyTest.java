package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proxies: two loopback stub servers stand in for HTTP proxies, answering for a host name that is
 * never resolved, so a request that reached them went through the proxy.
 */
class FetcherProxyTest {
  @RegisterExtension static WireMockExtension proxyA = WireMockFetching.server();
  @RegisterExtension static WireMockExtension proxyB = WireMockFetching.server();

  private static final String PAGE = "http://jobs.example.invalid/x";

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();

  @Test
  void sendsCredentialsWhenTheProxyAsksForThem() {
    String credentials = Credentials.basic("scraper", "s3cret:!");
    proxyA.stubFor(
        get("/x")
            .withHeader("Proxy-Authorization", absent())
            .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"p\"")));
    proxyA.stubFor(
        get("/x")
            .withHeader("Proxy-Authorization", equalTo(credentials))
            .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("via A")));
    ProxySpec proxy =
        ProxySpec.parse("http://scraper:s3cret%3A%21@127.0.0.1:" + proxyA.getPort());

    FetchResult result = fetcher.newBuilder().proxy(proxy).build().fetch(PAGE);

    assertThat(result)
        .isEqualTo(
            new FetchResult.Document(
                PAGE, PAGE, 200, "text/plain", "UTF-8", "via A", FakeTiming.START, 1));
    proxyA.verify(
        getRequestedFor(urlEqualTo("/x")).withHeader("Host", equalTo("jobs.example.invalid")));
  }

  @Test
  void rotatesThroughTheProxiesInTurn() {
    proxyA.stubFor(get("/x").willReturn(aResponse().withBody("via A")));
    proxyB.stubFor(get("/x").willReturn(aResponse().withBody("via B")));
    Fetcher rotating =
        fetcher
            .newBuilder()
            .proxies(
                List.of(
                    ProxySpec.parse("http://127.0.0.1:" + proxyA.getPort()),
                    ProxySpec.parse("http://127.0.0.1:" + proxyB.getPort())))
            .build();

    List<String> bodies =
        List.of(rotating.fetch(PAGE), rotating.fetch(PAGE), rotating.fetch(PAGE)).stream()
            .map(r -> ((FetchResult.Document) r).body())
            .toList();

    assertThat(bodies).containsExactly("via A", "via B", "via A");
  }
}
