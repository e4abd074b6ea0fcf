package io.tributary.tenancy.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@value #PID} ({@code etc/io.tributary.tenancy.cfg}); every setting has a sensible default. */
@ObjectClassDefinition(name = "Tributary tenancy", description = "Sign-in sessions and the failed sign-in limit")
public @interface TenancyConfig {

    String PID = "io.tributary.tenancy";

    @AttributeDefinition(name = "Session lifetime (minutes)", min = "1",
            description = "How long a bearer token from POST /auth/login works")
    int sessionLifetimeMinutes() default 720;

    @AttributeDefinition(name = "Failed sign-ins per user name", min = "1",
            description = "Failures for one user name within the window before sign-ins are refused with 429")
    int loginMaxFailuresPerUser() default 5;

    @AttributeDefinition(name = "Failed sign-ins per client address", min = "1",
            description = "Failures from one client address within the window before sign-ins are refused with 429")
    int loginMaxFailuresPerAddress() default 20;

    @AttributeDefinition(name = "Failure window (minutes)", min = "1",
            description = "How long a failed sign-in counts towards the limits")
    int loginFailureWindowMinutes() default 15;
}
