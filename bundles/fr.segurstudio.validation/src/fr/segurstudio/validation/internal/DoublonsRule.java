package fr.segurstudio.validation.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Numbers and sites used twice, in the dossier and in the other dossiers: a numeroEditeur is unique
 * per vendor (seed §3.2; asp-json.md §7: per SIRET, across deposits) — an error within the dossier and
 * the user's dossiers, a warning against files merely checked together; a site (FINESS géographique) is
 * financed once per ANS number (seed 003 §3.1: « une instance ne peut faire l'objet que d'une seule
 * demande de paiement ») — a warning.
 */
final class DoublonsRule implements Rule {

	private record Use(Demande demande, boolean sameDossier) {
	}

	/** The first request of one other dossier that uses a number or site. */
	private record Entry(Dossier dossier, Demande demande) {
	}

	/**
	 * The numbers (per SIRET) and sites (per ANS) of a context's dossiers, built once per context: each
	 * key gives, in the context's order, the first request of every dossier using it. Checking each of n
	 * dossiers against the others is then O(n) in all, where walking the others for each was O(n²)
	 * (490,000 requests visited for 50 files of 200).
	 */
	private static final class Index {
		final WeakReference<Collection<Dossier>> source;
		final Map<String, Map<String, List<Entry>>> numbersBySiret = new HashMap<>();
		final Map<String, Map<String, List<Entry>>> sitesByAns = new HashMap<>();

		Index(Collection<Dossier> dossiers) {
			source = new WeakReference<>(dossiers);
			for (Dossier other : dossiers) {
				Map<String, List<Entry>> numbers = numbersBySiret.computeIfAbsent(other.getSIRET(), k -> new HashMap<>());
				Map<String, List<Entry>> sites = sitesByAns.computeIfAbsent(other.getNumeroAns(), k -> new HashMap<>());
				for (Demande demande : other.getDemandes()) {
					if (demande.getNumeroEditeur() != null) {
						add(numbers, demande.getNumeroEditeur(), other, demande);
					}
					forEachSite(demande, (site, owner, feature, index) -> add(sites, site, other, demande));
				}
			}
		}

		private static void add(Map<String, List<Entry>> map, String key, Dossier dossier, Demande demande) {
			List<Entry> entries = map.computeIfAbsent(key, k -> new ArrayList<>(1));
			if (entries.isEmpty() || entries.get(entries.size() - 1).dossier() != dossier) {
				entries.add(new Entry(dossier, demande));
			}
		}

		/** The first use of the key by a dossier other than the one checked, or null. */
		static Use elsewhere(Map<String, List<Entry>> byKey, String key, Dossier checked) {
			List<Entry> entries = byKey == null ? null : byKey.get(key);
			if (entries != null) {
				for (Entry entry : entries) {
					if (entry.dossier() != checked) {
						return new Use(entry.demande(), false);
					}
				}
			}
			return null;
		}
	}

	/**
	 * The last context's index: the command line checks every dossier of a run with one context, the
	 * workbench builds a new context (a new collection of at most one dossier) for each check. A
	 * context's dossiers do not change while it is used (see ValidationContext).
	 */
	private final AtomicReference<Index> last = new AtomicReference<>();

	private Index index(Collection<Dossier> dossiers) {
		if (dossiers.size() < 2) { // the workbench's checks: nothing worth keeping (nor keeping alive)
			return new Index(dossiers);
		}
		Index index = last.get();
		if (index == null || index.source.get() != dossiers) {
			index = new Index(dossiers);
			last.set(index);
		}
		return index;
	}

	@Override
	public void checkDossier(Dossier dossier, RuleContext context) {
		Index known = index(context.context().otherDossiers());
		Map<String, List<Entry>> numbers = known.numbersBySiret.get(dossier.getSIRET());
		Map<String, List<Entry>> others = known.sitesByAns.get(dossier.getNumeroAns());
		Map<String, Use> sites = new HashMap<>(); // this dossier's sites, as met
		Map<String, Demande> inThisDossier = new HashMap<>();
		for (Demande demande : dossier.getDemandes()) {
			String numero = demande.getNumeroEditeur();
			if (numero != null && !numero.isBlank()) {
				Demande first = inThisDossier.putIfAbsent(numero, demande);
				Use elsewhere = Index.elsewhere(numbers, numero, dossier);
				if (first != null) {
					// within one file or dossier: an error whatever else is checked with it
					context.error(IssueCodes.NUMERO_EDITEUR_DOUBLE, message(numero, describe(new Use(first, true), dossier)), demande,
							SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, -1);
				} else if (elsewhere != null) {
					String message = message(numero, describe(elsewhere, dossier));
					if (context.context().usersDossiers()) {
						context.error(IssueCodes.NUMERO_EDITEUR_DOUBLE, message, demande, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, -1);
					} else {
						context.warning(IssueCodes.NUMERO_EDITEUR_DOUBLE, message, demande, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, -1);
					}
				}
			}
			Map<String, Boolean> inThisRequest = new HashMap<>();
			forEachSite(demande, (site, owner, feature, index) -> {
				if (inThisRequest.put(site, Boolean.TRUE) != null) {
					context.warning(IssueCodes.SITE_DOUBLE, "site FINESS " + site + " cité deux fois dans la demande", owner, feature, index);
					return;
				}
				Use previous = Index.elsewhere(others, site, dossier);
				if (previous == null) {
					previous = sites.putIfAbsent(site, new Use(demande, true));
				}
				if (previous != null) {
					context.warning(IssueCodes.SITE_DOUBLE, "site FINESS " + site + " déjà dans " + describe(previous, dossier)
							+ " de l'ANS " + dossier.getNumeroAns() + " : une installation n'est financée qu'une fois", owner, feature, index);
				}
			});
		}
	}

	private static String message(String numero, String previous) {
		return "numeroEditeur " + numero + " déjà utilisé par " + previous
				+ " : chaque demande a son numéro, et une demande rejetée revient avec un nouveau numéro";
	}

	private static String describe(Use use, Dossier dossier) {
		Demande demande = use.demande();
		String which = "la demande " + demande.getNumeroEditeur();
		if (use.sameDossier()) {
			int position = dossier.getDemandes().indexOf(demande) + 1;
			// « ligne » is the ASP's word for a request of a JSON file (numLigne); a .segur text has none, and there
			// « ligne 1 » would read as the first line of the text
			return which + (RawValues.text(demande, SegurPackage.Literals.DEMANDE__NUM_LIGNE) != null ? " (ligne " + position + ")"
					: " (" + position + (position == 1 ? "re" : "e") + " du dossier)");
		}
		Dossier other = (Dossier) demande.eContainer();
		String name = other.eResource() != null && other.eResource().getURI() != null ? other.eResource().getURI().lastSegment()
				: other.getTypeLogiciel() + " ANS " + other.getNumeroAns();
		return which + " d'un autre dossier (" + name + ")";
	}

	@FunctionalInterface
	private interface SiteVisitor {
		void visit(String site, EObject owner, EStructuralFeature feature, int index);
	}

	/** Every value of the features flagged "site" in the request's beneficiaries. */
	private static void forEachSite(Demande demande, SiteVisitor visitor) {
		if (demande.getBeneficiaires() == null) {
			return;
		}
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllProperContents(demande.getBeneficiaires(), false)) {
			visitSites(object, visitor);
		}
		visitSites(demande.getBeneficiaires(), visitor);
	}

	private static final Map<EClass, List<EStructuralFeature>> SITE_FEATURES = new ConcurrentHashMap<>();

	private static void visitSites(EObject object, SiteVisitor visitor) {
		List<EStructuralFeature> features = SITE_FEATURES.computeIfAbsent(object.eClass(), eClass -> AspClassMapping.of(eClass).features()
				.stream().filter(m -> m.flag(AspAnnotation.SITE)).map(AspFeatureMapping::feature).toList());
		for (EStructuralFeature feature : features) {
			Object value = object.eGet(feature);
			if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					visitor.visit(String.valueOf(list.get(i)), object, feature, i);
				}
			} else if (value != null) {
				visitor.visit(String.valueOf(value), object, feature, -1);
			}
		}
	}
}
