package org.imr.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Path and query parameters of an Avro enum type ({@code ?priority=EXPEDITED}): the symbol by name, and never the
 * enum's default symbol ({@code UNKNOWN}), which a client cannot mean (see {@link TextInputModule}). Other enums
 * convert as Spring converts them.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class AvroEnumParameters implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
        return text -> {
            String name = text.strip();
            if (name.isEmpty()) {
                return null;
            }
            T value = (T) Enum.valueOf(targetType, name);
            if (TextInputModule.isDefaultSymbol(value)) {
                throw new IllegalArgumentException("the default symbol is not accepted");
            }
            return value;
        };
    }
}
