package io.tributary.rest.internal.body;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an upload endpoint and the largest body it takes, instead of the API's limit for JSON bodies.
 * {@link BodyLimitFilter} streams such a body to a temporary file under this limit before the endpoint runs, so an
 * upload is never held in memory whole.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The most bytes the body may have. */
    long value();

    /** What a 413 names as too large, e.g. the upload's big part; empty for nothing but the body. */
    String field() default "";
}
