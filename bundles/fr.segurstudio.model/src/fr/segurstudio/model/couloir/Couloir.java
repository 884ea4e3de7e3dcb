package fr.segurstudio.model.couloir;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.model.core.Beneficiaires;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.ScenarioInstallation;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.StatutDemande;

/**
 * A couloir and software type (BIO-SGL, RAD-RIS, MDV-LGC...) as a plug-in declares it: its EPackage,
 * the concrete classes of its beneficiaries and installation scenario, its supporting-document types
 * and the referencing profiles its scenario answers require. Immutable.
 */
public final class Couloir {

	private final String code;
	private final String logiciel;
	private final String vague;
	private final String label;
	private final String seed;
	private final CouloirOrigin origin;
	private final EPackage ePackage;
	private final EClass beneficiairesClass;
	private final EClass scenarioClass;
	private final List<TypePiece> typesPieces;
	private final List<ProfilReferencement> profils;
	private final List<CouloirFile> viewFiles;

	/** A couloir of a plug-in ({@code contributor}, its symbolic name). */
	public Couloir(String code, String logiciel, String vague, String label, String seed, String contributor,
			EPackage ePackage, EClass beneficiairesClass, EClass scenarioClass, List<TypePiece> typesPieces,
			List<ProfilReferencement> profils) {
		this(code, logiciel, vague, label, seed, CouloirOrigin.plugin(contributor), ePackage, beneficiairesClass, scenarioClass,
				typesPieces, profils, List.of());
	}

	/** A couloir of this origin; {@code viewFiles}: the .view files it carries itself (a couloir folder's). */
	public Couloir(String code, String logiciel, String vague, String label, String seed, CouloirOrigin origin,
			EPackage ePackage, EClass beneficiairesClass, EClass scenarioClass, List<TypePiece> typesPieces,
			List<ProfilReferencement> profils, List<CouloirFile> viewFiles) {
		this.code = code;
		this.logiciel = logiciel;
		this.vague = vague;
		this.label = label;
		this.seed = seed;
		this.origin = origin;
		this.viewFiles = List.copyOf(viewFiles);
		this.ePackage = ePackage;
		this.beneficiairesClass = beneficiairesClass;
		this.scenarioClass = scenarioClass;
		this.typesPieces = List.copyOf(typesPieces);
		this.profils = List.copyOf(profils);
	}

	/** BIO-SGL: couloir and software type, as in file names (seed §3.3). */
	public String id() {
		return code + "-" + logiciel;
	}

	/** Couloir code: BIO, RAD, MDV... */
	public String code() {
		return code;
	}

	/** Software type: SGL, RIS, LGC... */
	public String logiciel() {
		return logiciel;
	}

	/** Wave of the programme, written in supporting-document names: Va1 (seed §3.3). */
	public String vague() {
		return vague;
	}

	public String label() {
		return label;
	}

	/** The specification this couloir follows. */
	public String seed() {
		return seed;
	}

	/** Symbolic name of the bundle that declared it, or the path of its couloir folder or archive. */
	public String contributor() {
		return origin.location();
	}

	/** Where it comes from: a plug-in, or a couloir folder or archive (dynamic EMF). */
	public CouloirOrigin origin() {
		return origin;
	}

	/**
	 * The .view files the couloir carries itself (a couloir folder's; a plug-in contributes its views to the
	 * extension point {@code fr.segurstudio.forms.views}): they serve this couloir's dossiers.
	 */
	public List<CouloirFile> viewFiles() {
		return viewFiles;
	}

	public EPackage ePackage() {
		return ePackage;
	}

	public EClass beneficiairesClass() {
		return beneficiairesClass;
	}

	public EClass scenarioClass() {
		return scenarioClass;
	}

	public List<TypePiece> typesPieces() {
		return typesPieces;
	}

	public Optional<TypePiece> typePiece(String type) {
		return typesPieces.stream().filter(t -> t.type().equals(type)).findFirst();
	}

	public List<ProfilReferencement> profils() {
		return profils;
	}

	/**
	 * The class to instantiate for a value of this type in this couloir: the type itself when concrete,
	 * else this couloir's beneficiaries or scenario class when it extends the type; null otherwise.
	 */
	public EClass concreteClass(EClass type) {
		if (!type.isAbstract() && !type.isInterface()) {
			return type;
		}
		for (EClass candidate : List.of(beneficiairesClass, scenarioClass)) {
			if (type.isSuperTypeOf(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** True when this EObject belongs to this couloir's own metamodel. */
	public boolean owns(EObject object) {
		return object != null && object.eClass().getEPackage() == ePackage;
	}

	/**
	 * The name a supporting document must have (seed §3.3):
	 * {@code CodeCouloir-Logiciel-Va1-CodeTypeFichier-NuméroEditeur.format}, e.g. BIO-SGL-Va1-BDC-00001.pdf.
	 */
	public String nomPiece(TypePiece type, FormatFichier format, String numeroEditeur) {
		return id() + "-" + vague + "-" + type.code() + "-" + numeroEditeur + "."
				+ format.getLiteral().toLowerCase(Locale.ROOT);
	}

	/** An empty dossier of this couloir. */
	public Dossier newDossier() {
		Dossier dossier = SegurFactory.eINSTANCE.createDossier();
		dossier.setCouloir(code);
		dossier.setLogiciel(logiciel);
		return dossier;
	}

	/** A draft request with its order, this couloir's beneficiaries and scenario; no number yet. */
	public Demande newDemande() {
		Demande demande = SegurFactory.eINSTANCE.createDemande();
		demande.setStatut(StatutDemande.BROUILLON);
		demande.setCommande(SegurFactory.eINSTANCE.createCommande());
		demande.setBeneficiaires((Beneficiaires) EcoreUtil.create(beneficiairesClass));
		demande.setScenarioInstallation((ScenarioInstallation) EcoreUtil.create(scenarioClass));
		return demande;
	}

	@Override
	public String toString() {
		return id();
	}
}
