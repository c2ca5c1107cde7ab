package io.github.jobnorm.fetch;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A proxy to send requests through: HTTP or SOCKS5, with optional credentials.
 *
 * @param type {@link Proxy.Type#HTTP} or {@link Proxy.Type#SOCKS}
 * @param host the proxy's host name or address
 * @param port the proxy's port
 * @param username the user name, or null for none
 * @param password the password, or null for none
 */
public record ProxySpec(Proxy.Type type, String host, int port, String username, String password) {

  /** Checks the parts: a proxy type, a host, a port in range, and a password only with a user. */
  public ProxySpec {
    Objects.requireNonNull(type, "type == null");
    if (type == Proxy.Type.DIRECT) {
      throw new IllegalArgumentException("type must be HTTP or SOCKS, not DIRECT");
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (username == null && password != null) {
      throw new IllegalArgumentException("password without username");
    }
  }

  /**
   * Reads {@code http://[user:password@]host:port} or {@code socks5://[user:password@]host:port};
   * the user and password may be percent-encoded.
   *
   * @throws IllegalArgumentException when the text is not such a URL
   */
  public static ProxySpec parse(String text) {
    URI uri;
    try {
      uri = new URI(Objects.requireNonNull(text, "text == null").strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a proxy URL: " + text, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    Proxy.Type type =
        switch (scheme) {
          case "http" -> Proxy.Type.HTTP;
          case "socks5", "socks" -> Proxy.Type.SOCKS;
          default -> throw new IllegalArgumentException(
              "proxy URL must start with http:// or socks5://: " + text);
        };
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("proxy URL needs a host and a port: " + text);
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    return new ProxySpec(type, uri.getHost(), uri.getPort(), user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Whether the proxy wants credentials. */
  public boolean hasCredentials() {
    return username != null;
  }

  /** The proxy for {@link java.net.Socket} and OkHttp; the address is resolved on connect. */
  public Proxy toProxy() {
    return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
  }

  /** {@code scheme://host:port}, never the credentials. */
  @Override
  public String toString() {
    return (type == Proxy.Type.HTTP ? "http" : "socks5") + "://" + host + ":" + port;
  }
}
