package io.github.jobnorm.fetch;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes a request conditional when the page's validators are remembered, and remembers the
 * validators of each page that arrives whole (the body has been read by then, so a page cut off
 * mid-body is never taken as the version on record).
 */
final class ConditionalInterceptor implements Interceptor {
  /** A request tag asking for the whole page whatever is remembered; validators are still kept. */
  enum Unconditional {
    /** The tag. */
    INSTANCE
  }

  private final ValidatorStore store;

  ConditionalInterceptor(ValidatorStore store) {
    this.store = store;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.url().encodedPath().equals("/robots.txt")) {
      return chain.proceed(request); // its cache needs the text, which a 304 does not carry
    }
    String url = request.url().toString();
    Validators known = store.get(url);
    boolean callerConditional =
        request.header("If-None-Match") != null || request.header("If-Modified-Since") != null;
    boolean wanted = request.tag(Unconditional.class) == null;
    if (known != null && wanted && !callerConditional) {
      Request.Builder conditional = request.newBuilder();
      if (known.etag() != null) {
        conditional.header("If-None-Match", known.etag());
      }
      if (known.lastModified() != null) {
        conditional.header("If-Modified-Since", known.lastModified());
      }
      request = conditional.build();
    }
    Response response = chain.proceed(request);
    if (response.code() == 200) {
      Validators fresh =
          Validators.ofHeaders(response.header("ETag"), response.header("Last-Modified"));
      if (fresh != null) {
        store.put(url, fresh);
      }
    }
    return response;
  }
}
