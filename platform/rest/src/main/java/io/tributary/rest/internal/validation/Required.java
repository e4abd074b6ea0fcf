package io.tributary.rest.internal.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a request body record that must be present, and for text not blank. Every JSON body read by the API
 * is checked by {@link RequiredFieldsInterceptor}; a nested record is checked too, its fields named with a dot
 * ({@code owner.password}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}
