package io.github.jobnorm.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import okhttp3.OkHttpClient;

/**
 * A polite, fault-tolerant HTTP client for job pages and feeds. Immutable and thread-safe: build
 * one with {@link #builder()}, share it, and derive variants with {@link #newBuilder()}.
 *
 * <p>Every fetch is a GET that goes, in order, through: a robots.txt check (unless {@linkplain
 * Builder#ignoreRobots ignored}); a per-host back-off after the site refused us; a per-host cap on
 * requests in flight; a per-host rate limit with random jitter; a conditional request when the
 * page's validators are remembered; a body size limit counted after decompression; retries with
 * exponential back-off and full jitter, honouring {@code Retry-After}; and redirects followed one
 * by one. {@link #fetch} never throws for a network fault: it returns a {@link FetchResult}.
 *
 * <p>All fetchers share one OkHttp connection pool unless given a client of their own; fetchers
 * derived through {@link #newBuilder()} also share the per-host politeness state and the
 * robots.txt cache, so that they never add up to more than the configured rates.
 */
public final class Fetcher {
  /** The library's name and version as it appears in the default user agent. */
  public static final String PRODUCT = "jobnorm/0.1";

  /** Where a site operator can read what jobnorm is and report a problem. */
  public static final String DEFAULT_CONTACT = "https://github.com/jobnorm/jobnorm";

  private final Builder settings;
  private final FetchPipeline pipeline;

  private Fetcher(Builder b) {
    this.settings = b.copy();
    OkHttpClient.Builder http =
        (b.client == null ? SharedClient.INSTANCE : b.client)
            .newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(b.connectTimeout)
            .readTimeout(b.readTimeout)
            .writeTimeout(b.readTimeout)
            .callTimeout(b.callTimeout)
            .addInterceptor(new UserAgentInterceptor(b.userAgent()))
            .addInterceptor(
                new BlockInterceptor(
                    b.rules, b.states, b.maxConcurrentPerHost, b.timing, b.blockBackoff));
    if (!b.proxies.isEmpty()) {
      http.addInterceptor(new ProxyInterceptor(b.proxies));
    }
    http.addInterceptor(new ConditionalInterceptor(b.validators))
        .addInterceptor(new ConcurrencyInterceptor(b.rules, b.states, b.maxConcurrentPerHost))
        .addInterceptor(
            new RateLimitInterceptor(
                b.rules, b.states, b.maxConcurrentPerHost, b.timing, b.jitter, b.random))
        .addInterceptor(new BodyLimitInterceptor(b.maxBodyBytes));
    Retrier retrier =
        new Retrier(
            http.build(), b.retry, b.timing, b.random, b.rules, b.states, b.maxConcurrentPerHost);
    this.pipeline =
        new FetchPipeline(
            retrier, b.robots, b.robotsToken(), !b.ignoreRobots, b.maxRedirects, b.timing);
  }

  /** A builder with the polite defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A fetcher with the polite defaults. */
  public static Fetcher create() {
    return builder().build();
  }

  /** A builder with this fetcher's settings, sharing its connection pool and politeness state. */
  public Builder newBuilder() {
    return settings.copy();
  }

  /**
   * Fetches the URL with a GET. Blocks while the politeness rules and retries require; never
   * throws for a network fault.
   *
   * @param url an absolute http or https URL
   * @return the document, a 304 answer, or the failure with its reason and attempts
   */
  public FetchResult fetch(String url) {
    return pipeline.fetch(url, true);
  }

  /**
   * Fetches the URL whatever validators are remembered for it: for pages whose text is needed
   * now, such as the pages of a search. The validators of the answer are still remembered.
   *
   * @param url an absolute http or https URL
   * @return the document or the failure, never {@link FetchResult.NotModified}: a 304 to this
   *     unconditional request is a {@link FetchResult.Reason#HTTP_STATUS} failure
   */
  public FetchResult fetchFresh(String url) {
    return pipeline.fetch(url, false);
  }

  /** The {@code User-Agent} sent with every request. */
  public String userAgent() {
    return settings.userAgent();
  }

  /** Whether robots.txt is ignored. */
  public boolean ignoresRobots() {
    return settings.ignoreRobots;
  }

  /** One OkHttp client, with its connection pool and threads, for every fetcher of the process. */
  private static final class SharedClient {
    static final OkHttpClient INSTANCE = new OkHttpClient();
  }

  /**
   * The settings of a {@link Fetcher}. Every setter checks its argument at once and returns this
   * builder. Not thread-safe.
   */
  public static final class Builder {
    private OkHttpClient client;
    private String userAgent;
    private String contact = DEFAULT_CONTACT;
    private HostRules rules = HostRules.DEFAULTS;
    private int maxConcurrentPerHost = 2;
    private Duration jitter = Duration.ofMillis(250);
    private boolean ignoreRobots;
    private RetryPolicy retry = RetryPolicy.DEFAULTS;
    private Duration blockBackoff = Duration.ofMinutes(15);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private long maxBodyBytes = 10L * 1024 * 1024;
    private int maxRedirects = 5;
    private ValidatorStore validators = ValidatorStore.inMemory(10_000);
    private List<ProxySpec> proxies = List.of();
    private Timing timing = Timing.system();
    private Random random = new Random();
    private HostStates states = new HostStates();
    private RobotsCache robots = new RobotsCache();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.client = client;
      b.userAgent = userAgent;
      b.contact = contact;
      b.rules = rules;
      b.maxConcurrentPerHost = maxConcurrentPerHost;
      b.jitter = jitter;
      b.ignoreRobots = ignoreRobots;
      b.retry = retry;
      b.blockBackoff = blockBackoff;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.maxBodyBytes = maxBodyBytes;
      b.maxRedirects = maxRedirects;
      b.validators = validators;
      b.proxies = proxies;
      b.timing = timing;
      b.random = random;
      b.states = states;
      b.robots = robots;
      return b;
    }

    private String userAgent() {
      return userAgent != null ? userAgent : PRODUCT + " (+" + contact + ")";
    }

    /** The product token robots.txt groups are matched against: the user agent's first word. */
    private String robotsToken() {
      String ua = userAgent().strip();
      int end = 0;
      while (end < ua.length() && ua.charAt(end) != '/' && !Character.isWhitespace(ua.charAt(end))) {
        end++;
      }
      return end == 0 ? "jobnorm" : ua.substring(0, end);
    }

    /** The OkHttp client to build on; its pool, dispatcher and interceptors are kept. */
    public Builder client(OkHttpClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * The whole {@code User-Agent}; its first word is the product token robots.txt is read for.
     * Default: {@code jobnorm/0.1 (+contact URL)}.
     */
    public Builder userAgent(String userAgent) {
      if (userAgent == null || userAgent.isBlank()) {
        throw new IllegalArgumentException("userAgent is blank");
      }
      this.userAgent = userAgent.strip();
      return this;
    }

    /** The contact URL (or {@code mailto:}) put in the default user agent. */
    public Builder contact(String contact) {
      if (contact == null || contact.isBlank()) {
        throw new IllegalArgumentException("contact is blank");
      }
      this.contact = contact.strip();
      return this;
    }

    /**
     * The request rate for a domain and its subdomains, in requests per second. Defaults: 1/s for
     * {@code linkedin.com}, 4/s for the Greenhouse, Lever and Ashby APIs.
     */
    public Builder rate(String domain, double perSecond) {
      this.rules = rules.withRate(domain, perSecond);
      return this;
    }

    /** One request rate for every host, replacing the per-domain rates set so far. */
    public Builder uniformRate(double perSecond) {
      this.rules = new HostRules(Map.of(), perSecond);
      return this;
    }

    /** The request rate for hosts without a rate of their own; default 1/s. */
    public Builder defaultRate(double perSecond) {
      this.rules = rules.withDefaultRate(perSecond);
      return this;
    }

    /**
     * The most requests in flight to one host (or configured domain) at once; default 2. Fetchers
     * derived with {@code newBuilder()} share each host's slots, sized by the first fetcher that
     * talked to the host.
     */
    public Builder maxConcurrentPerHost(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentPerHost < 1: " + max);
      }
      this.maxConcurrentPerHost = max;
      return this;
    }

    /** The largest random delay added to each request's slot; default 250 ms. */
    public Builder jitter(Duration max) {
      this.jitter = nonNegative(max, "jitter");
      return this;
    }

    /**
     * Whether to skip robots.txt; default false. Only for sites whose operator allowed it: the
     * user is responsible for following each site's terms.
     */
    public Builder ignoreRobots(boolean ignore) {
      this.ignoreRobots = ignore;
      return this;
    }

    /** Requests per page hop, the first included; default 4. */
    public Builder maxAttempts(int attempts) {
      this.retry = new RetryPolicy(attempts, retry.baseDelay(), retry.maxDelay(), retry.maxTotal());
      return this;
    }

    /** The first back-off cap (doubled per retry) and the largest; defaults 1 s and 30 s. */
    public Builder backoff(Duration base, Duration max) {
      this.retry = new RetryPolicy(retry.maxAttempts(), base, max, retry.maxTotal());
      return this;
    }

    /** The longest a page's retries may take, waits included; default 2 minutes. */
    public Builder maxRetryTime(Duration max) {
      this.retry = new RetryPolicy(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay(), max);
      return this;
    }

    /** How long a host that refused us is left alone; default 15 minutes. */
    public Builder blockBackoff(Duration backoff) {
      this.blockBackoff = nonNegative(backoff, "blockBackoff");
      return this;
    }

    /** The connect timeout; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative(timeout, "connectTimeout");
      return this;
    }

    /** The longest silence while reading (and writing); default 30 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative(timeout, "readTimeout");
      return this;
    }

    /** The longest one request may take, from connecting to the last byte; default 60 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative(timeout, "callTimeout");
      return this;
    }

    /** The largest body, counted after decompression; default 10 MiB. */
    public Builder maxBodyBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxBodyBytes < 1: " + max);
      }
      this.maxBodyBytes = max;
      return this;
    }

    /** The most redirects followed for one page; default 5. */
    public Builder maxRedirects(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("maxRedirects < 0: " + max);
      }
      this.maxRedirects = max;
      return this;
    }

    /** Where page validators are remembered; default in memory, 10,000 URLs. */
    public Builder validatorStore(ValidatorStore store) {
      this.validators = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /** Send every request through this proxy. */
    public Builder proxy(ProxySpec proxy) {
      return proxies(List.of(Objects.requireNonNull(proxy, "proxy == null")));
    }

    /** Send the requests through these proxies in turn; empty for a direct connection. */
    public Builder proxies(List<ProxySpec> proxies) {
      this.proxies = List.copyOf(proxies);
      return this;
    }

    /** The clock and sleeper for every wait the fetcher imposes; default the system's. */
    public Builder timing(Timing timing) {
      this.timing = Objects.requireNonNull(timing, "timing == null");
      return this;
    }

    /** The random source for jitter and back-off; pass a seeded one for repeatable runs. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** A fetcher with these settings. */
    public Fetcher build() {
      return new Fetcher(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " is negative: " + d);
      }
      return d;
    }
  }
}
