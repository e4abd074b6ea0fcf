package io.tributary.rest.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tributary.api.problem.FieldError;

class RequiredFieldsInterceptorTest {

    record Address(@Required String city, String street) {
    }

    record Customer(@Required String name, @Required Address address, String note) {
    }

    @Test
    void nullAndBlankRequiredFieldsAreMissing() {
        assertEquals(List.of(new FieldError("name", "is required"), new FieldError("address", "is required")),
                RequiredFieldsInterceptor.missingFields(new Customer("  ", null, null)));
    }

    @Test
    void nestedRecordsAreCheckedWithTheirPath() {
        assertEquals(List.of(new FieldError("address.city", "is required")),
                RequiredFieldsInterceptor.missingFields(new Customer("Acme", new Address(null, null), null)));
    }

    @Test
    void completeRecordsAndOtherBodiesHaveNothingMissing() {
        Customer complete = new Customer("Acme", new Address("Bern", null), null);

        assertEquals(List.of(), RequiredFieldsInterceptor.missingFields(complete));
        assertEquals(List.of(), RequiredFieldsInterceptor.missingFields("a plain string"));
    }
}
