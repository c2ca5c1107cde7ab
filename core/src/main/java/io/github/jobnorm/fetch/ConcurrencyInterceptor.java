package io.github.jobnorm.fetch;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Caps the requests in flight to one host (or one configured domain) across all threads. The slot
 * is held until the body has been read, because reading is when the server does the work.
 */
final class ConcurrencyInterceptor implements Interceptor {
  private final HostRules rules;
  private final HostStates states;
  private final int maxConcurrent;

  ConcurrencyInterceptor(HostRules rules, HostStates states, int maxConcurrent) {
    this.rules = rules;
    this.states = states;
    this.maxConcurrent = maxConcurrent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String key = rules.keyFor(chain.request().url().host());
    Semaphore slots = states.get(key, maxConcurrent).inFlight();
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      throw Waits.interrupted();
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      slots.release();
    }
  }
}
