package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Body size, redirects and decoding: what the fetcher accepts from a server and what it refuses. */
class FetcherLimitsTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  private static final long TEN_MIB = 10L * 1024 * 1024;

  private final FakeTiming timing = new FakeTiming();
  private final Fetcher fetcher = WireMockFetching.fetcher(timing).build();

  private String url(String path) {
    return wm.baseUrl() + path;
  }

  @Test
  void refusesA50MegabyteBodySentWithoutALength() {
    wm.stubFor(get("/huge").willReturn(aResponse().withStatus(200).withBody(new byte[50 * 1024 * 1024])));
    FetchResult result = fetcher.fetch(url("/huge"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/huge"),
                FetchResult.Reason.TOO_LARGE,
                0,
                "body has more than " + TEN_MIB + " bytes after decompression; the limit is " + TEN_MIB,
                1));
  }

  @Test
  void refusesABodyDeclaredLargerThanTheLimitBeforeReadingIt() {
    wm.stubFor(
        get("/declared")
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Length", "52428800").withBody(new byte[16])));

    FetchResult result = fetcher.fetch(url("/declared"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/declared"),
                FetchResult.Reason.TOO_LARGE,
                0,
                "body declares 52428800 bytes; the limit is " + TEN_MIB,
                1));
  }

  @Test
  void stopsAGzipBombAtTheLimitCountedAfterDecompression() {
    byte[] bomb = gzip(new byte[100 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(200_000);
    wm.stubFor(
        get("/bomb")
            .willReturn(
                aResponse().withStatus(200).withHeader("Content-Encoding", "gzip").withBody(bomb)));

    FetchResult result = fetcher.fetch(url("/bomb"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/bomb"),
                FetchResult.Reason.TOO_LARGE,
                0,
                "body has more than " + TEN_MIB + " bytes after decompression; the limit is " + TEN_MIB,
                1));
  }

  @Test
  void readsAGzippedPageUnderTheLimit() {
    wm.stubFor(
        get("/small.gz")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip("<p>Café</p>".getBytes(StandardCharsets.UTF_8)))));

    FetchResult result = fetcher.fetch(url("/small.gz"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Document(
                url("/small.gz"), url("/small.gz"), 200, "text/html", "UTF-8", "<p>Café</p>",
                FakeTiming.START, 1));
  }

  @Test
  void stopsARedirectLoop() {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    wm.stubFor(get("/b").willReturn(aResponse().withStatus(301).withHeader("Location", "/a")));

    FetchResult result = fetcher.fetch(url("/a"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/a"), FetchResult.Reason.REDIRECT, 301, "redirect loop: back to " + url("/a"), 2));
  }

  @Test
  void followsFiveRedirectsButNotSix() {
    for (int i = 0; i < 6; i++) {
      wm.stubFor(
          get("/r" + i).willReturn(aResponse().withStatus(307).withHeader("Location", "/r" + (i + 1))));
    }
    wm.stubFor(get("/r6").willReturn(aResponse().withStatus(200).withBody("end")));

    FetchResult fromOne = fetcher.fetch(url("/r1"));
    FetchResult fromZero = fetcher.fetch(url("/r0"));

    // each hop waits its 1 ms slot of the 1000/s rate
    assertThat(fromOne)
        .isEqualTo(
            new FetchResult.Document(
                url("/r1"), url("/r6"), 200, null, "UTF-8", "end", FakeTiming.START.plusMillis(5), 6));
    assertThat(fromZero)
        .isEqualTo(
            new FetchResult.Failure(
                url("/r0"), FetchResult.Reason.REDIRECT, 307, "more than 5 redirects", 6));
  }

  @Test
  void refusesARedirectOutOfHttp() {
    wm.stubFor(get("/ftp").willReturn(aResponse().withStatus(302).withHeader("Location", "ftp://example.com/x")));

    FetchResult result = fetcher.fetch(url("/ftp"));

    assertThat(result)
        .isEqualTo(
            new FetchResult.Failure(
                url("/ftp"),
                FetchResult.Reason.REDIRECT,
                302,
                "redirect to a URL that is not http(s): ftp://example.com/x",
                1));
  }

  @Test
  void refusesAUrlThatIsNotHttp() {
    assertThat(fetcher.fetch("file:///etc/passwd"))
        .isEqualTo(
            new FetchResult.Failure(
                "file:///etc/passwd",
                FetchResult.Reason.INVALID_URL,
                0,
                "not an absolute http or https URL",
                0));
  }

  @Test
  void decodesWithTheCharsetOfTheHeader() {
    wm.stubFor(
        get("/latin1")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/plain; charset=ISO-8859-1")
                    .withBody("Zürich".getBytes(StandardCharsets.ISO_8859_1))));

    FetchResult.Document doc = (FetchResult.Document) fetcher.fetch(url("/latin1"));

    assertThat(doc.body()).isEqualTo("Zürich");
    assertThat(doc.charset()).isEqualTo("ISO-8859-1");
  }

  @Test
  void decodesWithTheCharsetOfAMetaTagWhenTheHeaderHasNone() {
    String page = "<html><head><meta charset=\"windows-1252\"><title>Köln – €</title></head></html>";
    wm.stubFor(
        get("/meta")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody(page.getBytes(java.nio.charset.Charset.forName("windows-1252")))));

    FetchResult.Document doc = (FetchResult.Document) fetcher.fetch(url("/meta"));

    assertThat(doc.body()).isEqualTo(page);
    assertThat(doc.charset()).isEqualTo("windows-1252");
  }

  @Test
  void aByteOrderMarkWinsOverTheHeaderAndIsDropped() {
    byte[] text = "\uFEFF{\"city\":\"Zürich\"}".getBytes(StandardCharsets.UTF_8);
    wm.stubFor(
        get("/bom")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json; charset=ISO-8859-1").withBody(text)));

    FetchResult.Document doc = (FetchResult.Document) fetcher.fetch(url("/bom"));

    assertThat(doc.body()).isEqualTo("{\"city\":\"Zürich\"}");
    assertThat(doc.charset()).isEqualTo("UTF-8");
    assertThat(doc.contentType()).isEqualTo("application/json");
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
