package io.quotetrail.source.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebDomainsTest {

    @Test
    void urlsAndHostsGiveTheirDomain() {
        assertThat(WebDomains.domainOf("https://www.TheGuardian.com/world/2025/aug/15/x?y=1#z")).hasValue("theguardian.com");
        assertThat(WebDomains.domainOf("http://user:pw@news.bbc.co.uk:8080/path")).hasValue("news.bbc.co.uk");
        assertThat(WebDomains.domainOf("rbc.ua")).hasValue("rbc.ua");
        assertThat(WebDomains.domainOf("//www.nytimes.com")).hasValue("nytimes.com");
        assertThat(WebDomains.domainOf("https://bücher.example/")).hasValue("xn--bcher-kva.example");
    }

    @Test
    void namesAreNoDomains() {
        assertThat(WebDomains.domainOf("The Guardian")).isEmpty();
        assertThat(WebDomains.domainOf("A.P.")).isEmpty();
        assertThat(WebDomains.domainOf("U.S.")).isEmpty();
        assertThat(WebDomains.domainOf("")).isEmpty();
        assertThat(WebDomains.domainOf("localhost")).isEmpty();
    }

    @Test
    void parentsStopAtTwoLabels() {
        assertThat(WebDomains.withParents("news.bbc.co.uk")).containsExactly("news.bbc.co.uk", "bbc.co.uk", "co.uk");
        assertThat(WebDomains.withParents("cnn.com")).containsExactly("cnn.com");
    }
}
