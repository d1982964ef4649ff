package vn.gov.quangnam.lris.reports;

import static java.util.Objects.requireNonNull;

/** A person who receives breach reports: name, title (e.g. "Chủ tịch UBND huyện Núi Thành") and e-mail address. */
public record Recipient(String name, String title, String email) {
    public Recipient {
        requireNonNull(name, "name is null");
        requireNonNull(title, "title is null");
        requireNonNull(email, "email is null");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("recipient " + name + ": '" + email + "' is not an e-mail address");
        }
    }
}
