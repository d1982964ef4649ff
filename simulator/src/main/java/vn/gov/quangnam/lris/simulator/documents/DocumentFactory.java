package vn.gov.quangnam.lris.simulator.documents;

import vn.gov.quangnam.lris.schema.reference.units.Unit;
import vn.gov.quangnam.lris.simulator.Source;
import vn.gov.quangnam.lris.simulator.generation.GenerationContext;
import vn.gov.quangnam.lris.simulator.generation.RandomStream;
import vn.gov.quangnam.lris.simulator.generation.RecordFactory;
import vn.gov.quangnam.lris.simulator.generation.RecordOrigin;
import vn.gov.quangnam.lris.simulator.generation.UnitDirectory;
import vn.gov.quangnam.lris.simulator.generation.UnitProfile;
import vn.gov.quangnam.lris.simulator.generation.WorkingTime;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Generates documents: a commune writes mostly to its district, a district to departments and its communes, a
 * department to other departments and districts. Electronic and signed by the sender's shares; 3 % secret.
 */
public final class DocumentFactory implements RecordFactory {
    private static final int SALT = 0xD0C5;
    private static final List<String> TYPES = List.of("CV", "BC", "KH", "TB", "QĐ", "TTr");

    private final GenerationContext context;

    public DocumentFactory(GenerationContext context) {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public Source source() {
        return Source.DOCUMENTS;
    }

    @Override
    public Document create(RecordOrigin origin) {
        RandomStream random = context.randomFor(SALT, origin);
        UnitProfile profile = context.profiles().of(origin.unit().code());
        Unit sender = origin.unit();
        String recipient = recipient(random, sender, origin.day());
        boolean electronic = random.chance(profile.electronicDocumentShare());
        boolean signed = electronic && random.chance(profile.signedShare());
        int secrecy = random.chance(0.03) ? random.between(1, 3) : 0;
        String issuer = sender.code().startsWith("49-") ? sender.code().substring(3) : "UBND";
        String referenceNumber = random.between(1, 3000) + "/" + random.pick(TYPES) + "-" + issuer;
        return new Document(origin.key(), sender.code(), recipient, origin.day(), referenceNumber,
                WorkingTime.officeTime(origin.day(), random), electronic, signed, secrecy, random.between(60, 1800));
    }

    private String recipient(RandomStream random, Unit sender, LocalDate day) {
        UnitDirectory units = context.units();
        List<Unit> departments = units.departments(day);
        switch (sender.level()) {
            case COMMUNE -> {
                return random.chance(0.7) || departments.isEmpty() ? sender.parentCode() : random.pick(departments).code();
            }
            case DISTRICT -> {
                List<Unit> communes = units.communesOf(sender.code(), day);
                return random.chance(0.5) || communes.isEmpty() ? random.pick(departments).code()
                        : random.pick(communes).code();
            }
            default -> {
                List<Unit> districts = units.districts(day);
                Unit other = random.chance(0.6) ? random.pick(departments) : random.pick(districts);
                return other.code().equals(sender.code()) ? sender.parentCode() : other.code();
            }
        }
    }
}
