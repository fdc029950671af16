package org.imr.web;

import org.apache.avro.generic.GenericEnumSymbol;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON every REST API of the pipeline reads: every text is normalised as {@link TextInput} says before any code
 * sees it (NFC for a {@link FreeText} field), and the default symbol of an Avro enum ({@code UNKNOWN}: what a reader
 * sees for a symbol it does not know yet) is refused as input, for it means nothing a client can have meant.
 */
public final class TextInputModule extends SimpleModule {

    public TextInputModule() {
        super("imr-text-input");
        addDeserializer(String.class, new NormalisedText(TextInput.Form.SHORT_TEXT));
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return GenericEnumSymbol.class.isAssignableFrom(type.getRawClass())
                        ? new WithoutDefaultSymbol(deserializer) : deserializer;
            }
        });
    }

    /** Whether the value is the default symbol of its Avro enum (its fallback for unknown symbols). */
    public static boolean isDefaultSymbol(Object value) {
        return value instanceof GenericEnumSymbol<?> symbol
                && symbol.toString().equals(symbol.getSchema().getEnumDefault());
    }

    /** The symbols a client may send for an Avro enum: every one but the default. */
    public static String acceptedSymbols(Class<?> enumType) {
        StringBuilder accepted = new StringBuilder();
        for (Object constant : enumType.getEnumConstants()) {
            if (!isDefaultSymbol(constant)) {
                accepted.append(accepted.isEmpty() ? "" : ", ").append(constant);
            }
        }
        return accepted.toString();
    }

    private static final class NormalisedText extends StdScalarDeserializer<String> {

        private final TextInput.Form form;

        NormalisedText(TextInput.Form form) {
            super(String.class);
            this.form = form;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean free = property != null && property.getAnnotation(FreeText.class) != null;
            return free == (form == TextInput.Form.FREE_TEXT) ? this
                    : new NormalisedText(free ? TextInput.Form.FREE_TEXT : TextInput.Form.SHORT_TEXT);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            try {
                return TextInput.normalise(text, form);
            } catch (TextInput.InvalidTextException e) {
                throw new RefusedInputException(parser, e.getMessage(), String.class);
            }
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    private static final class WithoutDefaultSymbol extends DelegatingDeserializer {

        WithoutDefaultSymbol(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new WithoutDefaultSymbol(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Object value = super.deserialize(parser, context);
            if (isDefaultSymbol(value)) {
                throw new RefusedInputException(parser, "must be one of " + acceptedSymbols(value.getClass()),
                        value.getClass());
            }
            return value;
        }
    }
}
