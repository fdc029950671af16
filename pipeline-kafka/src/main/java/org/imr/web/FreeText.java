package org.imr.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field (or a list of texts) of clinical prose: normalised to NFC rather than NFKC, so that superscripts and
 * other compatibility characters keep their meaning ({@link TextInput.Form#FREE_TEXT}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface FreeText {
}
