package dev.trustmap.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of}: an ISO instant ({@code 2026-09-30T23:59:59Z}), a date-time with an offset, or a date,
 * which means the last instant of that day in UTC (a quarter's as-of is its last day).
 */
public final class AsOfConverter implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date (2026-09-30) or an ISO-8601 time"
                    + " (2026-09-30T23:59:59Z)");
        }
    }
}
