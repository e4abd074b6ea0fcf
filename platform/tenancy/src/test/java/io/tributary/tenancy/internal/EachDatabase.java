package io.tributary.tenancy.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a test once on Derby and once on PostgreSQL, each time with a fresh {@link Platform} parameter that is
 * closed (its database dropped) afterwards.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabase.Provider.class)
public @interface EachDatabase {

    final class Provider implements TestTemplateInvocationContextProvider {

        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return Stream.of(TestDatabase.Kind.values()).map(On::new);
        }
    }

    record On(TestDatabase.Kind kind) implements TestTemplateInvocationContext, ParameterResolver {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Platform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            try {
                Platform platform = Platform.start(kind);
                context.getStore(ExtensionContext.Namespace.create(On.class, context.getUniqueId()))
                        .put("platform", (ExtensionContext.Store.CloseableResource) platform::close);
                return platform;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the platform on " + kind + ": " + e.getMessage(), e);
            }
        }
    }
}
