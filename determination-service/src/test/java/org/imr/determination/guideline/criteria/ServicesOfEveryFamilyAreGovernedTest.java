package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Services that no development letter disputes, worded as requests word them, are read into a known family and decided
 * by the rule that governs it (a family default where no specific rule does), never referred for want of a family; a
 * brand name that carries its form ("Flector patch", "Voltaren gel") is read as the drug in that form. A brand of a
 * compounded or ready-made topical (Medrox, Keratek, Cyclophene...) is read through its generics into the topical
 * analgesics, and so is any drug written with a strength in percent; a drug named as what an injection carries is no
 * drug request (the injection governs it). The rows after "Audiology" are services commonly disputed in workers'
 * compensation, worded as requests word them, written from no development letter: each is decided by the rule of its
 * guideline's own section where the knowledge base has one.
 */
class ServicesOfEveryFamilyAreGovernedTest {

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Continuous passive motion machine, 21 days   | odg-durable-medical-equipment-family-default
            Bone growth stimulator                       | odg-bone-growth-stimulator
            Telephone headset                            | mtus-job-modification
            Keyboard tray                                | mtus-job-modification
            Voice recognition software                   | mtus-job-modification
            Vision therapy x6                            | odg-vision-therapy
            Speech therapy x 8                           | odg-speech-therapy
            Cognitive rehabilitation x 10                | odg-cognitive-rehabilitation
            Graston technique x6                         | mtus-massage-therapy
            Tai chi classes                              | mtus-chronic-pain-programs
            Dietitian consultation                       | acoem-referral-for-consultation
            Ambulance transport                          | odg-transportation
            Meal delivery                                | mtus-home-health-homemaker-services
            Flector patch 1.3%, #30                      | mtus-chronic-pain-flector
            Voltaren gel                                 | mtus-chronic-pain-topical-diclofenac
            Flector, #30                                 | mtus-chronic-pain-flector
            Pennsaid 2% solution                         | mtus-chronic-pain-topical-diclofenac
            Medrox patch #30                             | mtus-chronic-pain-topical-analgesics
            Medrox                                       | mtus-chronic-pain-topical-analgesics
            Keratek gel, 4 oz                            | mtus-chronic-pain-topical-analgesics
            Cyclophene 5%                                | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            Xoten-C lotion                               | mtus-chronic-pain-topical-analgesics
            Lidothol                                     | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            Lenzapatch #15                               | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            TGHot 180 gm                                 | mtus-chronic-pain-topical-analgesics
            Mobisyl                                      | mtus-chronic-pain-salicylate-topicals
            Fluriflex 180 gm                             | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            Gabacyclotram 180 gm                         | mtus-chronic-pain-topical-analgesics
            Ketoprofen 10%, 240 gm                       | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            Flurbiprofen 20%/Baclofen 2%                 | mtus-chronic-pain-topical-analgesics-non-recommended-ingredient
            Lidocaine 5% patch #30                       | mtus-chronic-pain-lidoderm
            Kenalog 40mg with 1% lidocaine injection     | acoem-injections-family-default
            Metaxall 800mg #60                           | mtus-chronic-pain-muscle-relaxants
            Ozobax 5mg/5ml                               | mtus-chronic-pain-antispasticity-drugs
            Anafranil 25mg #30                           | mtus-chronic-pain-antidepressants
            Meclofenamate 50mg #60                       | mtus-chronic-pain-nsaids
            Apadaz 6.12/325mg #60                        | mtus-opioids-initiating
            Dayvigo 5mg #30                              | mtus-insomnia-treatment
            Unisom 25mg #30                              | mtus-insomnia-treatment
            Dicopanol 5mg/ml oral suspension             | mtus-chronic-pain-compound-drugs
            Acup x6                                      | mtus-acupuncture
            Topical cream                                | mtus-chronic-pain-topical-analgesics
            MRI L/S                                      | acoem-mri-lumbar-spine
            C/S MRI                                      | acoem-mri-cervical-spine
            XR knee                                      | acoem-x-ray-knee
            CTR right                                    | acoem-carpal-tunnel-release
            TKA left                                     | odg-knee-joint-replacement
            Genetic testing for opioid metabolism        | odg-pharmacogenetic-testing
            Urine drug screen for opioid compliance      | mtus-opioids-urine-drug-testing
            Random UDT                                   | mtus-opioids-urine-drug-testing
            Utox screen, point of care                   | mtus-opioids-urine-drug-testing
            Posture shirt                                | odg-durable-medical-equipment-family-default
            Holter monitor                               | mtus-diagnostic-studies-family-default
            Colonoscopy                                  | mtus-diagnostic-studies-family-default
            Audiology                                    | odg-vestibular-and-hearing-testing
            Spinal cord stimulator trial                 | mtus-chronic-pain-spinal-cord-stimulators
            Permanent spinal cord stimulator implant     | mtus-chronic-pain-spinal-cord-stimulator-implant
            Dorsal root ganglion stimulator              | acoem-surgery-family-default
            Triple phase bone scan, left hand            | mtus-chronic-pain-crps-bone-scan
            3-phase bone scan R wrist                    | mtus-chronic-pain-crps-bone-scan
            Bone scan lumbar spine                       | odg-bone-scan-low-back
            Flexion/extension x-rays lumbar spine        | odg-flexion-extension-imaging-lumbar
            CAM walker boot                              | odg-walking-boot
            Walking boot left foot                       | odg-walking-boot
            Ankle lace-up brace, right                   | acoem-ankle-brace
            Lumbar spine x-rays, 2 views                 | acoem-x-ray-lumbar-spine
            CT scan left knee                            | odg-ct-knee
            Diagnostic ultrasound right knee             | odg-ultrasound-knee
            LLLT x 6 lumbar                              | mtus-chronic-pain-low-level-laser-therapy
            Cold laser therapy R shoulder                | mtus-chronic-pain-low-level-laser-therapy
            Intrathecal pump                             | mtus-chronic-pain-implantable-drug-delivery
            Intrathecal pump trial                       | mtus-chronic-pain-implantable-drug-delivery-trial
            Radiofrequency ablation L4-L5, L5-S1 bilateral| acoem-facet-neurotomy
            Lumbar medial branch block                   | acoem-facet-injection
            Sacroiliac joint injection, right            | odg-sacroiliac-joint-blocks
            IV sedation                                  | odg-sedation-for-spinal-injections
            MAC anesthesia                               | odg-sedation-for-spinal-injections
            Stellate ganglion block, left                | mtus-chronic-pain-sympathetic-blocks
            Occipital nerve block                        | odg-greater-occipital-nerve-block
            Prolotherapy injections                      | mtus-chronic-pain-prolotherapy
            Dextrose prolotherapy, right knee            | mtus-chronic-pain-prolotherapy
            Plantar fascia steroid injection, left       | acoem-plantar-fasciitis-injection
            Heel spur injection                          | acoem-plantar-fasciitis-injection
            Piriformis injection, right                  | odg-piriformis-injections
            IV ketamine infusion                         | mtus-chronic-pain-ketamine
            Vitamin B12 1000mcg injection                | odg-vitamin-b
            Vitamin B complex #30                        | odg-vitamin-b
            Cervical collar                              | odg-cervical-collar
            Provigil 200mg #30                           | odg-modafinil
            Armodafinil 150mg                            | odg-modafinil
            Trochanteric bursa injection, left           | odg-trochanteric-bursitis-injections
            Hip IA steroid injection under fluoro, right | odg-intra-articular-hip-steroid-injection
            Chondroplasty, left knee                     | odg-knee-chondroplasty
            Left knee scope, PMM and chondroplasty       | acoem-surgery-knee
            Xiaflex injection, left ring finger          | odg-dupuytrens-contracture
            Needle aponeurotomy, right hand              | odg-dupuytrens-contracture
            Distal biceps repair, right                  | odg-distal-biceps-tendon-repair
            First rib resection, left                    | odg-thoracic-outlet-syndrome-surgery
            TOS decompression, right                     | odg-thoracic-outlet-syndrome-surgery
            LHB tenodesis, right                         | odg-biceps-tenodesis
            Biceps tenotomy, left shoulder               | odg-biceps-tenodesis
            Bankart repair with biceps tenodesis, left   | acoem-surgery-shoulder
            SLAP repair, right                           | acoem-surgery-shoulder
            Arthroscopic SLAP repair                     | acoem-surgery-shoulder
            Arthroscopic labral repair, left hip         | odg-hip-arthroscopy
            Distal biceps reattachment, left             | odg-distal-biceps-tendon-repair
            L hip IA injection, Kenalog and lidocaine    | odg-intra-articular-hip-steroid-injection
            Distal clavicle resection, right             | acoem-surgery-shoulder
            Cervical laminoplasty C3-C6                  | acoem-surgery-neck
            Caudal epidural                              | acoem-epidural-steroid-injection
            Synvisc-One injection                        | odg-hyaluronic-acid-injections
            ILESI L5-S1                                  | acoem-epidural-steroid-injection-interlaminar
            RFTC L4-5, L5-S1 bilateral                   | acoem-facet-neurotomy
            RFN L3-4, L4-5 right                         | acoem-facet-neurotomy
            IA CSI right knee                            | acoem-knee-corticosteroid-injection
            SA CSI left shoulder                         | acoem-shoulder-corticosteroid-injection
            HA inj left knee x3                          | odg-hyaluronic-acid-injections
            Hyaluronic acid injection, right shoulder    | odg-hyaluronic-acid-injections-other-joints
            HHA 4 hrs/day x 5 days                       | mtus-home-health-services
            Skilled nursing home visits x 6              | mtus-home-health-services
            Botox injection for migraines                | mtus-botulinum-toxin
            Lumbar support                               | acoem-lumbar-supports
            Hot/cold packs                               | acoem-physical-methods
            Paraffin bath                                | odg-paraffin-wax-baths
            Whirlpool                                    | acoem-physical-methods
            Home cervical traction unit                  | odg-cervical-home-traction
            Inversion table                              | acoem-physical-methods
            Cold therapy unit                            | odg-continuous-flow-cryotherapy
            Cane                                         | odg-walking-aids
            Front-wheeled walker                         | odg-walking-aids
            Manual wheelchair                            | odg-wheelchair
            Hospital bed                                 | odg-durable-medical-equipment
            Shower chair                                 | odg-bathroom-equipment
            Raised toilet seat                           | odg-bathroom-equipment
            Mattress                                     | odg-durable-medical-equipment
            Knee brace, hinged, left                     | acoem-knee-brace
            Custom orthotics                             | acoem-foot-orthotics
            Hearing aids                                 | odg-durable-medical-equipment-family-default
            Cervical pillow                              | odg-cervical-pillow
            Wrist splint, night                          | acoem-wrist-splint
            Sit-stand desk                               | mtus-job-modification
            TENS unit supplies: electrodes x 12 months   | mtus-chronic-pain-tens
            H-wave unit                                  | mtus-h-wave-stimulation
            Interferential unit                          | mtus-interferential-current-stimulation
            Gym membership x 6 months                    | odg-gym-membership
            Aqua therapy x 8                             | mtus-chronic-pain-aquatic-therapy
            Chiropractic x 6                             | mtus-chronic-pain-manipulation
            Massage therapy x 6                          | mtus-massage-therapy
            Functional restoration program, 6 weeks      | mtus-chronic-pain-programs
            Psychotherapy x 6 sessions                   | mtus-chronic-pain-psychotherapy
            Neuropsychological testing                   | mtus-psychological-evaluation
            Home health aide 4 hours/day                 | mtus-home-health-services
            Transportation to medical appointments       | odg-transportation
            Skilled nursing facility                     | odg-inpatient-rehabilitation
            Interpreter services                         | california-labor-code-interpreter-services
            Smoking cessation program                    | usphs-treating-tobacco-use-and-dependence
            Nicorette gum                                | usphs-treating-tobacco-use-and-dependence
            Medical records review                       | mtus-chronic-pain-office-visits
            Neurosurgical consultation                   | mtus-chronic-pain-office-visits-specialist-evaluation
            Pain management consultation                 | acoem-referral-for-consultation
            Sleep study                                  | odg-polysomnography
            Vestibular rehabilitation 6 sessions         | odg-vestibular-rehabilitation
            Vestibular therapy x 8                       | odg-vestibular-rehabilitation
            Discogram L3-S1                              | acoem-discography
            DEXA scan                                    | mtus-diagnostic-studies-family-default
            CT scan of the lumbar spine                  | acoem-ct-spine
            MR arthrogram right shoulder                 | odg-mr-arthrogram
            Nerve conduction study lower extremities     | mtus-chronic-pain-electrodiagnostic-testing
            Vitamin D 50,000 IU                          | odg-vitamin-d
            Ondansetron 4mg ODT #20                      | mtus-antiemetics
            Meloxicam 15mg #30                           | mtus-chronic-pain-nsaids
            Naproxen sodium 550mg #60                    | mtus-chronic-pain-nsaids
            Toradol IM                                   | mtus-chronic-pain-ketorolac
            Celecoxib 200mg #30                          | mtus-chronic-pain-celecoxib
            Tramadol ER 150mg #30                        | mtus-opioids-initiating
            Tapentadol 50mg #60                          | mtus-opioids-initiating
            Butrans patch 10mcg/hr #4                    | mtus-opioids-initiating
            Fentanyl patch 25mcg/hr #10                  | mtus-chronic-pain-duragesic-start
            Methadone 10mg #90                           | mtus-opioids-initiating
            Hydromorphone 2mg #60                        | mtus-opioids-initiating
            Oxycodone ER 20mg #60                        | mtus-opioids-initiating
            Suboxone 8/2mg film                          | mtus-opioids-initiating
            Baclofen 10mg #90                            | mtus-chronic-pain-antispasticity-drugs
            Tizanidine 4mg #60                           | mtus-chronic-pain-antispasticity-drugs
            Carisoprodol 350mg #30                       | mtus-chronic-pain-carisoprodol
            Cyclobenzaprine 7.5mg #60                    | mtus-chronic-pain-cyclobenzaprine
            Pregabalin 75mg #60                          | mtus-chronic-pain-antiepilepsy-drugs
            Topiramate 25mg #60                          | mtus-chronic-pain-antiepilepsy-drugs
            Nortriptyline 25mg #30                       | mtus-chronic-pain-antidepressants
            Duloxetine 60mg #30                          | mtus-chronic-pain-antidepressants
            Zolpidem 10mg #30                            | mtus-insomnia-treatment
            Eszopiclone 2mg #30                          | mtus-insomnia-treatment
            Alprazolam 0.5mg #60                         | mtus-chronic-pain-benzodiazepines
            Diazepam 5mg #30                             | mtus-chronic-pain-benzodiazepines
            Esomeprazole 40mg #30                        | mtus-chronic-pain-ppis
            Ranitidine 150mg #60                         | mtus-h2-blockers
            Cytotec 200mcg #120                          | mtus-chronic-pain-misoprostol
            Docusate sodium 100mg #60                    | mtus-opioid-induced-constipation
            Senna 8.6mg #60                              | mtus-opioid-induced-constipation
            Amitiza 24mcg #60                            | odg-opioid-induced-constipation-second-line
            Movantik 25mg #30                            | odg-opioid-induced-constipation-second-line
            Lidoderm 5% patch #30                        | mtus-chronic-pain-lidoderm
            Hammertoe correction, second toe             | acoem-surgery-ankle-foot
            Septoplasty                                  | acoem-surgery-family-default
            Hypertensa #60                               | odg-medical-food
            ESR and CRP                                  | mtus-diagnostic-studies-family-default
            Spirometry                                   | mtus-diagnostic-studies-family-default
            Trapeze bar                                  | odg-durable-medical-equipment-family-default
            Staple removal                               | mtus-chronic-pain-office-visits
            Balance exercises with a therapist x 6       | mtus-chronic-pain-physical-medicine
            Physio 6 sessions                            | mtus-chronic-pain-physical-medicine
            Umbilical hernia repair                      | odg-hernia-repair
            Physiotherapist visits 2x3                   | mtus-chronic-pain-physical-medicine
            Substance abuse treatment program            | mtus-chronic-pain-detoxification
            IDET L4-5                                    | odg-intradiscal-electrothermal-therapy
            Nucleoplasty L5-S1                           | odg-intradiscal-electrothermal-therapy
            Dantrium 25mg #60                            | mtus-chronic-pain-antispasticity-drugs
            Fioricet #30                                 | mtus-chronic-pain-barbiturate-containing-analgesics
            Cannabidiol oil 30ml                         | mtus-chronic-pain-cannabinoids
            Medrol Dosepak                               | odg-oral-corticosteroids
            Bactrim DS #20                               | odg-antibiotics-for-infection
            Doxycycline 100mg #14                        | odg-antibiotics-for-infection
            BuSpar 10mg #60                              | odg-anxiety-medications-in-chronic-pain
            Relistor 12mg injection                      | odg-opioid-induced-constipation-second-line
            Genicular nerve radiofrequency ablation      | acoem-injections-family-default
            Radiofrequency ablation, right knee          | acoem-injections-family-default
            Testosterone cypionate injection             | mtus-chronic-pain-testosterone-replacement
            Androgel 1.62% gel                           | mtus-chronic-pain-testosterone-replacement
            Testosterone level                           | mtus-testosterone-level-opioid-hypogonadism
            Cytokine DNA testing                         | mtus-cytokine-dna-testing
            CYP450 pharmacogenomic panel                 | odg-pharmacogenetic-testing
            Genetic test for opioid addiction risk       | odg-genetic-testing-for-opioid-abuse
            Work hardening program x 10 sessions         | mtus-work-conditioning
            Sucralfate 1g                                | mtus-medications-for-chronic-pain
            Flomax                                       | mtus-medications-for-chronic-pain
            Ditropan                                     | mtus-medications-for-chronic-pain
            Meal preparation                             | mtus-home-health-homemaker-services
            Microcurrent                                 | mtus-passive-modalities
            Personal trainer                             | odg-gym-membership
            Lymphedema pump                              | odg-venous-thrombosis-pneumatic-compression
            Orthopedic mattress                          | odg-durable-medical-equipment
            Orthopedic shoes                             | odg-durable-medical-equipment-family-default
            EMDR therapy                                 | mtus-chronic-pain-psychotherapy
            Naloxone nasal spray                         | odg-naloxone
            Narcan 4mg                                   | odg-naloxone
            Gabapentin 600mg #90                         | mtus-chronic-pain-antiepilepsy-drugs
            Venlafaxine ER 75mg                          | mtus-chronic-pain-antidepressants
            Orphenadrine ER 100mg                        | mtus-chronic-pain-muscle-relaxants
            Morphine sulfate ER 15mg                     | mtus-opioids-initiating
            Tylenol #3                                   | mtus-opioids-initiating
            Acetaminophen 500mg                          | mtus-chronic-pain-acetaminophen
            Belsomra 10mg                                | mtus-insomnia-treatment
            Restoril 15mg                                | mtus-chronic-pain-benzodiazepines
            Promethazine 25mg                            | mtus-antiemetics
            Theramine                                    | odg-medical-food
            Capsaicin cream                              | mtus-chronic-pain-topical-capsaicin
            Bengay cream                                 | mtus-chronic-pain-salicylate-topicals
            Duexis                                       | mtus-h2-blockers
            Vimovo 500/20mg                              | mtus-chronic-pain-ppis
            Limbrel 500mg                                | odg-medical-food
            Sentra #60                                   | odg-medical-food
            Ibuprofen/famotidine 800/26.6mg              | mtus-h2-blockers
            Savella                                      | mtus-chronic-pain-antidepressants
            Brain MRI                                    | odg-mri-head
            Functional capacity evaluation               | mtus-functional-capacity-evaluation
            Biofeedback x 6                              | mtus-biofeedback
            Cognitive behavioral therapy x 10            | mtus-chronic-pain-psychotherapy
            Hospital admission 2 days                    | odg-hospital-length-of-stay
            Power scooter                                | odg-power-mobility-devices
            Crutches                                     | odg-walking-aids
            Tub transfer bench                           | odg-bathroom-equipment
            Shockwave therapy, right shoulder            | odg-shock-wave-therapy-shoulder
            Iontophoresis                                | mtus-passive-modalities
            Dry needling x 6                             | odg-dry-needling
            Game Ready                                   | odg-continuous-flow-cryotherapy
            Elbow strap                                  | acoem-elbow-brace
            Arthroscopic rotator cuff repair             | acoem-surgery-shoulder
            ACL reconstruction                           | acoem-surgery-knee
            Ulnar nerve transposition                    | acoem-surgery-elbow
            Tarsal tunnel release                        | acoem-surgery-ankle-foot
            Trigger point injections x 4                 | mtus-trigger-point-injections
            Selective nerve root block L5                | acoem-epidural-steroid-injection
            Cervical facet RFA C4-5                      | acoem-facet-neurotomy
            Nerve biopsy                                 | mtus-diagnostic-studies-family-default
            QSART                                        | mtus-diagnostic-studies-family-default
            Gait analysis                                | mtus-diagnostic-studies-family-default
            Posturography                                | mtus-diagnostic-studies-family-default
            Oxygen concentrator                          | odg-durable-medical-equipment-family-default
            Nebulizer                                    | odg-durable-medical-equipment-family-default
            Glucometer                                   | odg-durable-medical-equipment-family-default
            Blood pressure monitor                       | odg-durable-medical-equipment-family-default
            Pulse oximeter                               | odg-durable-medical-equipment-family-default
            Prosthetic leg                               | odg-prostheses-artificial-limb
            DRX9000                                      | acoem-physical-methods
            Spinal decompression table                   | acoem-physical-methods
            Moxibustion                                  | mtus-acupuncture
            Weight Watchers                              | mtus-chronic-pain-programs
            Gastric sleeve                               | acoem-surgery-family-default
            Lidocaine infusion                           | acoem-injections-family-default
            Knee prosthesis revision                     | acoem-surgery-knee
            Orthovisc injection right knee               | odg-hyaluronic-acid-injections
            Skin biopsy for small fiber neuropathy       | mtus-diagnostic-studies-family-default
            Diagnostic ultrasound, left elbow            | odg-imaging-elbow
            Upright MRI lumbar                           | acoem-mri-lumbar-spine
            CPAP machine                                 | odg-durable-medical-equipment-family-default
            Valtrex 1 g #30                              | mtus-medications-for-chronic-pain
            Albuterol inhaler                            | mtus-medications-for-chronic-pain
            Symbicort 160/4.5 inhalers x2                | mtus-medications-for-chronic-pain
            Nurtec ODT #8                                | mtus-medications-for-chronic-pain
            Insulin glargine pens                        | mtus-medications-for-chronic-pain
            Potassium chloride ER                        | mtus-medications-for-chronic-pain
            Midrin, #30                                  | mtus-medications-for-chronic-pain
            Xifaxan                                      | mtus-medications-for-chronic-pain
            Prolia injection every 6 months              | mtus-medications-for-chronic-pain
            Aimovig 70 mg autoinjector                   | mtus-medications-for-chronic-pain
            Humira pen                                   | mtus-medications-for-chronic-pain
            Enbrel 50 mg weekly injection                | mtus-medications-for-chronic-pain
            Flonase nasal spray                          | mtus-medications-for-chronic-pain
            Kloxxado 8 mg nasal spray                    | odg-naloxone
            Sprix nasal spray                            | mtus-chronic-pain-ketorolac
            Trilisate 750 mg                             | mtus-chronic-pain-nsaids
            Choline magnesium trisalicylate              | mtus-chronic-pain-nsaids
            Sublocade injection                          | mtus-opioids-initiating
            Arthroscopic partial medial meniscectomy     | acoem-surgery-knee
            Menisectomy, left                            | acoem-surgery-knee
            Bunionectomy                                 | acoem-surgery-ankle-foot
            Coccygectomy                                 | acoem-surgery-low-back
            Epiduroscopy                                 | odg-percutaneous-adhesiolysis
            Basivertebral nerve ablation L4 L5           | acoem-injections-family-default
            Interspinous spacer L4-5                     | acoem-surgery-low-back
            Hydrodissection of the median nerve          | acoem-injections-forearm-wrist-hand
            Morton's neuroma excision                    | acoem-surgery-ankle-foot
            Trapeziectomy, right thumb                   | acoem-surgery-forearm-wrist-hand
            Radial tunnel release                        | acoem-surgery-elbow
            High tibial osteotomy                        | acoem-surgery-knee
            Patellar realignment                         | acoem-surgery-knee
            MPFL reconstruction                          | acoem-surgery-knee
            Microfracture knee                           | acoem-surgery-knee
            Meniscal allograft transplant                | acoem-surgery-knee
            X-ray right tibia                            | acoem-x-ray-knee
            Tib-fib x-rays, left                         | acoem-x-ray-knee
            Doral 15 mg #30                              | mtus-chronic-pain-benzodiazepines
            Tranxene 7.5 mg                              | mtus-chronic-pain-benzodiazepines
            Fentora 200 mcg                              | mtus-chronic-pain-fentanyl-buccal
            Subsys 100 mcg spray                         | mtus-chronic-pain-transmucosal-fentanyl
            Duragesic 25 mcg/hr #10                      | mtus-chronic-pain-duragesic-start
            Gabapentin level                             | mtus-diagnostic-studies-family-default
            Serum lithium level                          | mtus-diagnostic-studies-family-default
            TSH                                          | mtus-diagnostic-studies-family-default
            Lyme titer                                   | mtus-diagnostic-studies-family-default
            Hepatitis C antibody                         | mtus-diagnostic-studies-family-default
            Free and total testosterone                  | mtus-testosterone-level-opioid-hypogonadism
            """)
    void isDecidedByTheRuleOfItsFamily(String description, String ruleId) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "The injured worker reports low back pain. Treatment to date has included medications.", List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)),
                LocalDate.of(2017, 1, 9));

        ItemDetermination item = engine.decide(caseFile).items().get(0);

        assertThat(item.ruleId()).isEqualTo(ruleId);
        assertThat(item.outcome()).isNotEqualTo(Outcome.EXPERT_REVIEW_REQUIRED);
    }
}
