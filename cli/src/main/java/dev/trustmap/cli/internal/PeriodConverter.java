package dev.trustmap.cli.internal;

import dev.trustmap.model.period.Quarter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --period}: a quarter written {@code 2026-Q3}. */
public final class PeriodConverter implements ITypeConverter<Quarter> {

    @Override
    public Quarter convert(String value) {
        return Quarter.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a quarter; write it like 2026-Q3"));
    }
}
