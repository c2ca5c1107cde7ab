package io.github.jobnorm.fetch;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends each request through the next proxy of the list, in turn, so that a retry after a failed
 * proxy goes out through another one. HTTP proxies get their credentials from OkHttp's proxy
 * authenticator; SOCKS5 credentials can only reach the JDK's SOCKS client through the default
 * {@link Authenticator}, so one is installed once that answers for the configured SOCKS proxies
 * alone and hands every other question to the authenticator that was there before.
 */
final class ProxyInterceptor implements Interceptor {
  private final List<ProxySpec> proxies;
  private final AtomicInteger next = new AtomicInteger();

  ProxyInterceptor(List<ProxySpec> proxies) {
    if (proxies.isEmpty()) {
      throw new IllegalArgumentException("no proxies");
    }
    this.proxies = List.copyOf(proxies);
    for (ProxySpec p : this.proxies) {
      if (p.type() == java.net.Proxy.Type.SOCKS && p.hasCredentials()) {
        SocksCredentials.register(p);
      }
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    ProxySpec proxy = proxies.get(Math.floorMod(next.getAndIncrement(), proxies.size()));
    Chain routed = chain.withProxy(proxy.toProxy());
    if (proxy.type() == java.net.Proxy.Type.HTTP && proxy.hasCredentials()) {
      String credentials =
          Credentials.basic(
              proxy.username(), proxy.password() == null ? "" : proxy.password());
      routed =
          routed.withProxyAuthenticator(
              (route, response) -> {
                Request refused = response.request();
                if (credentials.equals(refused.header("Proxy-Authorization"))) {
                  return null; // the proxy refused these credentials already
                }
                return refused.newBuilder().header("Proxy-Authorization", credentials).build();
              });
    }
    return routed.proceed(chain.request());
  }

  /** The process-wide answers to the JDK's SOCKS5 credential questions. */
  static final class SocksCredentials extends Authenticator {
    private static final Map<String, PasswordAuthentication> BY_PROXY = new ConcurrentHashMap<>();
    private static volatile boolean installed;
    private final Authenticator previous;

    private SocksCredentials(Authenticator previous) {
      this.previous = previous;
    }

    static synchronized void register(ProxySpec proxy) {
      char[] password = proxy.password() == null ? new char[0] : proxy.password().toCharArray();
      BY_PROXY.put(key(proxy.host(), proxy.port()), new PasswordAuthentication(proxy.username(), password));
      if (!installed) {
        Authenticator.setDefault(new SocksCredentials(Authenticator.getDefault()));
        installed = true;
      }
    }

    static PasswordAuthentication lookup(String host, int port) {
      return BY_PROXY.get(key(host, port));
    }

    private static String key(String host, int port) {
      return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      String protocol = getRequestingProtocol();
      if (protocol != null && protocol.toUpperCase(Locale.ROOT).startsWith("SOCKS")) {
        String host = getRequestingHost();
        PasswordAuthentication found = host == null ? null : lookup(host, getRequestingPort());
        if (found == null && getRequestingSite() != null) {
          found = lookup(getRequestingSite().getHostAddress(), getRequestingPort());
        }
        if (found != null) {
          return found;
        }
      }
      if (previous == null) {
        return null;
      }
      return Authenticator.requestPasswordAuthentication(
          previous,
          getRequestingHost(),
          getRequestingSite(),
          getRequestingPort(),
          protocol,
          getRequestingPrompt(),
          getRequestingScheme(),
          getRequestingURL(),
          getRequestorType());
    }
  }
}
