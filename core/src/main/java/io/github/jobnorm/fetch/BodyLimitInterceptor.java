package io.github.jobnorm.fetch;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads the whole body inside the call, counting bytes after decompression, and stops at the
 * limit: a 50 MB page or a gzip bomb costs at most the limit plus one read. Reading here also puts
 * a connection that breaks mid-body inside the retried part of the fetch.
 */
final class BodyLimitInterceptor implements Interceptor {
  private static final long CHUNK = 8192;
  private final long maxBytes;

  BodyLimitInterceptor(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    try (ResponseBody body = response.body()) {
      long declared = body.contentLength();
      if (declared > maxBytes) {
        throw tooLarge("declares " + declared + " bytes");
      }
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      long total = 0;
      for (long n; (n = source.read(buffer, CHUNK)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge("has more than " + maxBytes + " bytes after decompression");
        }
      }
      return response
          .newBuilder()
          .body(ResponseBody.create(buffer, body.contentType(), total))
          .build();
    }
  }

  private FetchException tooLarge(String what) {
    return new FetchException(
        FetchResult.Reason.TOO_LARGE, 0, "body " + what + "; the limit is " + maxBytes, true);
  }
}
