package org.parallax.markets;

import java.time.Instant;

import org.parallax.core.forecast.MarketQuestion;
import org.parallax.core.forecast.MarketSource;

/** One line of a question-bank file. */
public sealed interface BankItem {

    /** Where in the file: "questions.jsonl line 17". */
    String location();

    record Question(String location, MarketQuestion question) implements BankItem {
    }

    /** A resolution row: the question was resolved on {@code resolvedAt}. */
    record Resolution(String location, MarketSource source, String externalId, Instant resolvedAt) implements BankItem {
    }

    /** A resolution row that is not final: the market's value on that date, which a bank does not need. */
    record Interim(String location) implements BankItem {
    }

    /** A row that was not used, and why. */
    record Skipped(String location, String reason) implements BankItem {
    }
}
