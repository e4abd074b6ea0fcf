package io.tributary.rest.internal.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.ws.rs.NameBinding;

/**
 * Marks a POST that creates something: it honours the {@code Idempotency-Key} header through
 * {@link IdempotencyFilter}, so a client may retry it safely.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    /** The request header that carries the client's key. */
    String HEADER = "Idempotency-Key";
}
