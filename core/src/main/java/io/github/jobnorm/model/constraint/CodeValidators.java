package io.github.jobnorm.model.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The validators behind the model's code and URL constraints. */
public final class CodeValidators {
  private static final Set<String> CURRENCIES =
      java.util.Currency.getAvailableCurrencies().stream()
          .map(java.util.Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private CodeValidators() {}

  /** True for a code in ISO 4217 as the JDK knows it. */
  public static boolean isCurrency(String code) {
    return code != null && CURRENCIES.contains(code);
  }

  /** True for a code in ISO 3166-1 alpha-2 as the JDK knows it, plus {@code XK} (Kosovo). */
  public static boolean isCountry(String code) {
    return code != null && (COUNTRIES.contains(code) || "XK".equals(code));
  }

  /** True for an absolute http(s) URL with a host. */
  public static boolean isHttpUrl(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Validates {@link CurrencyCode}. */
  public static final class Currency implements ConstraintValidator<CurrencyCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isCurrency(value);
    }
  }

  /** Validates {@link CountryCode}. */
  public static final class Country implements ConstraintValidator<CountryCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isCountry(value);
    }
  }

  /** Validates {@link HttpUrl}. */
  public static final class Url implements ConstraintValidator<HttpUrl, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isHttpUrl(value);
    }
  }
}
