package io.tributary.alerts.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@value #PID} ({@code etc/io.tributary.alerts.cfg}). Without a host nothing is sent. */
@ObjectClassDefinition(name = "Tributary alerts",
        description = "E-mail digests of new and auto-resolved flow errors for each flow's subscribers")
public @interface AlertsConfig {

    String PID = "io.tributary.alerts";

    @AttributeDefinition(name = "SMTP host", required = false,
            description = "Mail server; while empty, alerts are kept in the database but not sent")
    String host() default "";

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535",
            description = "25 for plain SMTP, 587 for submission with STARTTLS, 465 for SMTP over SSL")
    int port() default 25;

    @AttributeDefinition(name = "User name", required = false,
            description = "Signs in to the mail server when set")
    String username() default "";

    @AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "STARTTLS",
            description = "Upgrade the connection with STARTTLS, and refuse to send if the server cannot")
    boolean starttls() default false;

    @AttributeDefinition(name = "SSL", description = "Connect over SSL/TLS from the start (SMTPS)")
    boolean ssl() default false;

    @AttributeDefinition(name = "From address", description = "Sender address of the digests")
    String from() default "tributary@localhost";

    @AttributeDefinition(name = "Digest window (seconds)", min = "0",
            description = "At most one digest per flow within this time; later alerts wait for the next digest")
    int digestWindowSeconds() default 900;

    @AttributeDefinition(name = "Base URL", required = false,
            description = "Address of this Tributary, e.g. https://tributary.example.com; digests link to the flow's"
                    + " open errors under it")
    String baseUrl() default "";

    @AttributeDefinition(name = "Enabled", description = "Set to false to keep alerts without sending them")
    boolean enabled() default true;
}
