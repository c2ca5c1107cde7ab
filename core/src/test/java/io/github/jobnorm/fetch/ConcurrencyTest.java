package io.github.jobnorm.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cap on requests in flight to one host, seen from a client of the caller's own. */
class ConcurrencyTest {
  @RegisterExtension static WireMockExtension wm = WireMockFetching.server();

  @Test
  void sixThreadsShareTwoSlotsOfOneHost() throws Exception {
    wm.stubFor(get("/slow").willReturn(aResponse().withBody("x").withFixedDelay(300)));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    OkHttpClient counting =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  try {
                    return chain.proceed(chain.request());
                  } finally {
                    inFlight.decrementAndGet();
                  }
                })
            .build();
    Fetcher capped =
        WireMockFetching.fetcher(new FakeTiming()).client(counting).maxConcurrentPerHost(2).build();

    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<FetchResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> capped.fetch(wm.baseUrl() + "/slow")));
      }
      for (Future<FetchResult> r : results) {
        assertThat(r.get().isDocument()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(most.get()).isEqualTo(2);
  }
}
