package fr.segurstudio.validation.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.ValidationContext;

/**
 * The validator service: the data checks of every field (FieldRules), the core rules, then the rules
 * the dossier's couloir declares. Issues come dossier first, then request by request in file order.
 */
@Component(service = DossierValidator.class)
public final class DossierValidatorImpl implements DossierValidator {

	private static final List<Rule> CORE_RULES = List.of(new NumLigneRule(), new DoublonsRule(), new PiecesRule(), new ProfilsRule(),
			new PieceFilesRule());

	@Reference
	private CouloirRegistry registry;
	private final RuleRegistry contributed = new RuleRegistry();

	public DossierValidatorImpl() {
	}

	/** Outside DS (tests, tools). */
	public DossierValidatorImpl(CouloirRegistry registry) {
		this.registry = registry;
	}

	@Deactivate
	void deactivate() {
		contributed.close();
	}

	@Override
	public List<Issue> validate(Dossier dossier, ValidationContext context) {
		Couloir couloir = registry.couloirOf(dossier).orElse(null);
		Collector collector = new Collector(couloir, registry, context);
		if (couloir == null) {
			collector.error(IssueCodes.COULOIR_INCONNU, "couloir « " + dossier.getTypeLogiciel() + " » non installé ; couloirs installés : "
					+ registry.couloirs().stream().map(Couloir::id).toList(), dossier, SegurPackage.Literals.DOSSIER__COULOIR, -1);
		}
		List<Rule> couloirRules = couloir == null ? List.of() : contributed.rulesFor(couloir);
		FieldRules.check(dossier, collector, false);
		CORE_RULES.forEach(rule -> rule.checkDossier(dossier, collector));
		couloirRules.forEach(rule -> rule.checkDossier(dossier, collector));
		for (Demande demande : dossier.getDemandes()) {
			FieldRules.check(demande, collector, true);
			CORE_RULES.forEach(rule -> rule.checkDemande(demande, collector));
			couloirRules.forEach(rule -> rule.checkDemande(demande, collector));
		}
		return List.copyOf(collector.issues());
	}
}
