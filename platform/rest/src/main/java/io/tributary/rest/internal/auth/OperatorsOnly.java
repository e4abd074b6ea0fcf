package io.tributary.rest.internal.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import javax.ws.rs.NameBinding;

/**
 * Marks an endpoint only platform operators may call (connectors are shared by every tenant):
 * {@link OperatorsOnlyFilter} refuses everybody else with a 403 before anything of the request's body is read.
 */
@NameBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OperatorsOnly {
}
