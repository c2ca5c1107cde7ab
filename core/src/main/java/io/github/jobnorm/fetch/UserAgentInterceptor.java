package io.github.jobnorm.fetch;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names us on every request, so that a site operator knows who calls and where to write. */
final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
