package org.imr.determination.guideline.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.imr.determination.guideline.CaseFile;
import org.imr.determination.guideline.DeterminationEngine;
import org.imr.determination.guideline.DisputedTreatment;
import org.imr.determination.guideline.ItemDetermination;
import org.imr.determination.guideline.Outcome;
import org.imr.determination.guideline.facts.FoundFact;
import org.imr.schemas.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules, family defaults among them, decided on clinical text in the letters' style, written anew from the guideline's
 * criteria (no development letter's wording): the item is worded as no development letter words it, and carries no
 * structured service type, so the rule is found from the item's concepts alone. Each is decided once with records that
 * document the criteria and once with records that document nothing.
 */
class RulesOnLetterStyleTextTest {

    private static final String UNDOCUMENTED = "The injured worker reports pain. Treatment to date has included "
            + "medications. The examination revealed tenderness.";

    private final DeterminationEngine engine = DeterminationEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-referral-for-consultation | Neurology consult | B/L hand and foot paresthesias, etiology unclear, EMG/NCS equivocal. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Referral to pain mgmt | Chronic LBP on Norco 10/325 QID, pain 8/10 uncontrolled despite incr dose. | OVERTURNED | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Ortho consult R shoulder | MRI FT RTC tear, weakness 4-/5, failed PT x 12 and CSI. | OVERTURNED | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Lumbar spine surgery consult | Progressive L foot drop, EHL 3/5, MRI L4-5 extrusion compressing L L5. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Rheumatology consult for the hands | The diagnosis is uncertain after two visits. | OVERTURNED | UPHELD
            mtus-chronic-pain-programs | Functional restoration program x 80 hours | Chronic neck pain for 2 years; therapy and medications failed; she is off work and needs help with household chores. | OVERTURNED | UPHELD
            mtus-chronic-pain-programs | HELP program, 10 days | Low back pain persisted despite PT, injections and medications. He is unable to perform his activities of daily living without assistance. | OVERTURNED | UPHELD
            mtus-functional-capacity-evaluation | Functional capacity evaluation | He is permanent and stationary; his job requires heavy lifting. | OVERTURNED | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Consult with a hand surgeon | Carpal tunnel syndrome on the EMG; night splints and a steroid injection did not help. | OVERTURNED | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Consult with a knee surgeon | The knee has been locked since Tuesday; the MR scan shows a displaced bucket-handle tear of the medial meniscus. | OVERTURNED | UPHELD
            odg-transportation | Round trip transportation to appointments | He is legally blind since the injury and lives alone. | OVERTURNED | UPHELD
            mtus-job-modification | Ergonomic evaluation of the workstation | Her neck and wrist pain are worse with keyboarding and mouse use at her desk job. | OVERTURNED | UPHELD
            mtus-psychological-evaluation | Neuropsychological testing | Four months after the head injury he still has memory problems and difficulty concentrating. | OVERTURNED | UPHELD
            mtus-chronic-pain-antispasticity-drugs | Lioresal 10 mg three times daily | Since the fall he has an incomplete T11 spinal cord injury with spasticity of both legs. | OVERTURNED | UPHELD
            mtus-chronic-pain-barbiturate-containing-analgesics | Fioricet 50/325/40 #60 | Daily tension headaches since the head injury, not relieved by ibuprofen. | UPHELD | UPHELD
            mtus-chronic-pain-ketamine | Ketamine infusions, 4 sessions | CRPS of the right hand for two years; stellate ganglion blocks and gabapentin failed. | UPHELD | UPHELD
            odg-vitamin-b | Cyanocobalamin 1000 mcg IM monthly | Numbness and burning of both feet from a peripheral neuropathy; gabapentin helps a little. | UPHELD | UPHELD
            odg-cervical-collar | Soft collar for the neck | A CT of the neck showed a nondisplaced fracture of the C6 spinous process after the fall. | OVERTURNED | UPHELD
            odg-modafinil | Nuvigil 250 mg every morning | A sleep study confirmed obstructive sleep apnea; he remains sleepy at work despite CPAP. | OVERTURNED | UPHELD
            odg-trochanteric-bursitis-injections | Kenalog injection, R greater trochanteric bursa | Lateral R hip pain, worse lying on that side; exam consistent with trochanteric bursitis. | OVERTURNED | UPHELD
            mtus-chronic-pain-implantable-drug-delivery | Implantation of an intrathecal pump | The intrathecal trial was successful, with his pain falling by two thirds. | OVERTURNED | UPHELD
            mtus-chronic-pain-cannabinoids | CBD oil 1000mg | Chronic low back pain unrelieved by NSAIDs; he reports cannabis helps him sleep. | UPHELD | UPHELD
            mtus-chronic-pain-transmucosal-fentanyl | Actiq 400 mcg lozenges #30 | Breakthrough low back pain flares despite OxyContin 40 mg twice a day. | UPHELD | UPHELD
            mtus-chronic-pain-fentanyl-buccal | Fentora 100 mcg buccal tablets #28 | Severe breakthrough neck pain on Duragesic 50 mcg/hr; he is opioid tolerant. | UPHELD | UPHELD
            odg-antibiotics-for-infection | Augmentin 875 mg twice a day for 10 days | One week after the open reduction of the ankle the incision is draining pus, with surrounding cellulitis. | OVERTURNED | UPHELD
            odg-sedation-for-spinal-injections | Monitored anesthesia care | Lumbar facet blocks are planned; since the fall she has a documented needle phobia and fainted during her last blood draw. | OVERTURNED | UPHELD
            odg-sedation-for-spinal-injections | IV conscious sedation | A panic disorder was diagnosed by the psychiatrist; a cervical epidural is planned. | OVERTURNED | UPHELD
            odg-anxiety-medications-in-chronic-pain | Buspar 10 mg twice a day | The psychologist diagnosed a generalized anxiety disorder after the assault at work. | OVERTURNED | UPHELD
            odg-opioid-induced-constipation-second-line | Linzess 145 mcg daily | On Percocet for chronic neck pain; constipation continues despite docusate, senna and fiber. | OVERTURNED | UPHELD
            acoem-discography | Provocative diskography L3-4 through L5-S1 | Two years of axial back pain despite therapy and injections; he is a candidate for a lumbar fusion. | UPHELD | UPHELD
            odg-imaging-elbow | MR imaging of the left elbow | Medial elbow pain for five months has not improved with therapy, a brace and an injection; the surgeon is considering a UCL reconstruction. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | MR imaging of the low back | Over the last month his right leg has had increasing weakness, and he now has a new foot drop. | OVERTURNED | UPHELD
            odg-paraffin-wax-baths | Paraffin wax unit for the hands | Osteoarthritis of both thumb CMC joints; she does her hand stretching exercises at home every day. | OVERTURNED | UPHELD
            mtus-insomnia-treatment | Zolpidem 5 mg at bedtime | Insomnia from the pain; sleep onset and sleep maintenance are not described, and sleep hygiene was not discussed. | UPHELD | UPHELD
            mtus-chronic-pain-physical-medicine | Physical therapy 2 x 3 for the knee | Four visits of physical therapy helped: he walks without a cane now and his knee pain is 2/10. | OVERTURNED | OVERTURNED
            acoem-x-ray-ankle-foot | Radiographs of the left ankle | The left ankle was fractured three weeks ago and still hurts. | OVERTURNED | UPHELD
            acoem-x-ray-ankle-foot | Radiographs of the left ankle | The right ankle was fractured three weeks ago. The left ankle aches. | UPHELD | UPHELD
            acoem-x-ray-ankle-foot | Radiographs of the left ankle | The left ankle was fractured in 2012 and aches in the cold. | UPHELD | UPHELD
            acoem-mri-lumbar-spine | Lumbar MR imaging | Since Monday he has had urinary retention and saddle numbness with his low back pain. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | Lumbar MR imaging | Low back pain that wakes her at night, with weight loss; she had breast carcinoma in 2011. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | Lumbar MR imaging | Low back pain; the neurologic examination shows brisk reflexes in both legs with sustained clonus. | UPHELD | UPHELD
            acoem-x-ray-lumbar-spine | Plain films of the L-spine | Back pain, with a 10 kg weight loss since the lymphoma was diagnosed last year. | OVERTURNED | UPHELD
            acoem-carpal-tunnel-release | Right CTR | Nerve conduction studies were consistent with severe right carpal tunnel syndrome; the numbness persisted despite a wrist brace and therapy. | OVERTURNED | UPHELD
            odg-sacroiliac-joint-radiofrequency-neurotomy | Left SI joint RF neurotomy | Two sacroiliac joint blocks each gave 90% relief of the left buttock pain. | UPHELD | UPHELD
            odg-intradiscal-electrothermal-therapy | Intradiscal electrothermal annuloplasty at L4-5 | Discogenic low back pain for two years, concordant on discography; therapy and injections failed. | UPHELD | UPHELD
            acoem-referral-for-consultation | Referral to pain management | He takes Norco four times a day with escalating doses and poor pain control. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Pain management consultation | MRI shows an L5-S1 herniation, and he is a candidate for an epidural injection. | OVERTURNED | UPHELD
            mtus-preoperative-medical-clearance | Pre-operative medical clearance | He is scheduled for a lumbar microdiscectomy; he has diabetes and hypertension. | OVERTURNED | UPHELD
            mtus-preoperative-medical-clearance | Pre-op H&P | He is scheduled for a right carpal tunnel release; he has diabetes. | OVERTURNED | UPHELD
            odg-hernia-repair | Inguinal herniorrhaphy, right | Painful right groin bulge on lifting since the injury, tender on exam. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Internal medicine consultation | His hypertension and diabetes are poorly controlled on the medications for his injury. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Pain medicine consult | Radicular pain persists; a lumbar ESI is being considered. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Prilosec 20 mg, thirty capsules | He takes Daypro daily and reports heartburn. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Omeprazole DR 20mg #30 | He takes naproxen with low-dose aspirin for his heart. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Pantoprazole 40 mg | She takes meloxicam and is on warfarin. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Protonix 20mg #60 | He takes ibuprofen; he had a bleeding ulcer in 2010. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Nexium 40 mg, 30 capsules | She takes Mobic every morning and Advil at night. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Omeprazole 20 mg #30 | The injured worker is a 68-year-old female who takes naproxen daily. | OVERTURNED | UPHELD
            mtus-h2-blockers | Famotidine 20 mg #60 | His medications are Relafen 500 mg and Toradol 10 mg. | OVERTURNED | UPHELD
            mtus-chronic-pain-misoprostol | Misoprostol 200 mcg #120 | She takes naproxen 550 mg twice a day and had a bleeding duodenal ulcer two years ago. | OVERTURNED | UPHELD
            odg-sacroiliac-joint-blocks | Sacroiliac joint injection, left | Left buttock pain persisted despite physical therapy, a home exercise program and medications. Provocative tests of the left sacroiliac joint were positive. | OVERTURNED | UPHELD
            acoem-injections-family-default | Lumbar nerve block, right | Pain persisted despite physical therapy and medications. Imaging showed a herniated disc. | OVERTURNED | UPHELD
            mtus-chronic-pain-prolotherapy | Prolotherapy, lumbar | Pain persisted despite physical therapy and medications. Imaging showed a herniated disc. | UPHELD | UPHELD
            acoem-plantar-fasciitis-injection | Cortisone shot to the L heel | Plantar fasciitis for two months; stretching, a night splint and ibuprofen have not helped. | OVERTURNED | UPHELD
            odg-piriformis-injections | Piriformis steroid injection, right | Piriformis syndrome on the right; six sessions of physical therapy gave little relief. | OVERTURNED | UPHELD
            acoem-knee-corticosteroid-injection | Intra-articular Kenalog injection to the L knee | Radiographs show osteoarthritis of the left knee. | OVERTURNED | UPHELD
            acoem-knee-corticosteroid-injection | Kenalog 40 mg injection, right knee | X-rays show degenerative joint disease of the right knee. | OVERTURNED | UPHELD
            acoem-knee-corticosteroid-injection | Depo-Medrol 80 mg/1 mL intra-articular, L knee | Radiographs show osteoarthritis of the left knee. | OVERTURNED | UPHELD
            acoem-mri-knee | MR imaging of both knees | He fell and sustained a fracture of the tibial plateau. | OVERTURNED | UPHELD
            odg-ct-knee | CAT scan of the right knee | She fell on the knee two days ago; there is tenderness over the lateral tibial plateau and the plain films are equivocal. | OVERTURNED | UPHELD
            odg-ct-knee | CT of the left knee | Arthritis of the left knee for years; films show narrowing of the medial joint space; no recent injury. | UPHELD | UPHELD
            odg-ultrasound-knee | Sonography of the right knee | After a fall on the stairs he cannot straighten the knee, with a palpable defect just above the kneecap. | OVERTURNED | UPHELD
            odg-ultrasound-knee | Diagnostic ultrasound of the left knee | Fullness behind the left knee; a Baker's cyst is suspected. | OVERTURNED | UPHELD
            odg-ultrasound-knee | Diagnostic ultrasound of the left knee | Medial joint line pain; a meniscal tear is suspected. | UPHELD | UPHELD
            mtus-chronic-pain-low-level-laser-therapy | Cold laser therapy, 6 sessions, to the neck | Neck pain for a year; she wants to avoid more medications. | UPHELD | UPHELD
            acoem-mri-lumbar-spine | Lumbar MRIs without contrast | He fell and sustained a fracture of the L1 vertebra. | OVERTURNED | UPHELD
            acoem-surgery-family-default | Open debridement of the left hip labrum | Pain persisted despite physical therapy and medications. Imaging showed severe osteoarthritis with foraminal stenosis. | OVERTURNED | UPHELD
            mtus-acupuncture | Six acupuncture visits for the low back | He has chronic low back pain. | OVERTURNED | OVERTURNED
            odg-walking-aids | Rollator walker | She is 70 and fell twice this year; her gait is unsteady with lumbar stenosis. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Consultation with a neurologist | Since a beam struck his head he has had headaches and trouble concentrating, diagnosed as a concussion. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Dentistry consult | Two of his lower teeth were knocked loose when the lift bar hit his jaw. | OVERTURNED | UPHELD
            mtus-home-health-services | In-home physical therapy by a home health agency, 6 visits | She is homebound after a hip replacement. | OVERTURNED | UPHELD
            odg-transportation | Rides to and from physical therapy | He cannot drive with his right leg in a cast. | OVERTURNED | UPHELD
            mtus-office-visits-follow-up | Follow-up visits x 6 | He takes Norco daily for chronic neck pain and is seen every month. | UPHELD | UPHELD
            mtus-opioids-urine-drug-testing | Urine toxicology screens x 12 | He takes Norco daily for chronic neck pain; the last screen was consistent. | UPHELD | UPHELD
            odg-preoperative-testing | Pre-operative CBC and BMP | She has diabetes. She is scheduled for a right carpal tunnel release. | OVERTURNED | UPHELD
            odg-preoperative-electrolyte-creatinine-testing | Preoperative basic metabolic panel | She takes naproxen daily for the wrist pain; a right carpal tunnel release is scheduled. | OVERTURNED | UPHELD
            acoem-lumbar-supports | LSO brace, lumbar | A posterior lumbar interbody fusion at L4-5 is scheduled for next month. | OVERTURNED | UPHELD
            acoem-night-splint-plantar-fasciitis | Strassburg sock for the left foot | She has plantar fasciitis with morning heel pain and stretches daily. | OVERTURNED | UPHELD
            mtus-opioids-confirmatory-drug-testing | Urine drug testing by mass spectrometry, confirmatory | His office screen was positive for a benzodiazepine that is not prescribed. | OVERTURNED | UPHELD
            acoem-elbow-brace | Right elbow extension splint for nighttime | He has right cubital tunnel syndrome with tingling in the small finger. | OVERTURNED | UPHELD
            mtus-psychological-evaluation | Psychological assessment before a stimulator trial | After two lumbar surgeries his leg pain persists, and a trial of spinal cord stimulation is planned. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Consultation with gastroenterology | While on naproxen for the injury he had black tarry stools, diagnosed as melena. | OVERTURNED | UPHELD
            acoem-referral-for-consultation | Urologist referral | New bladder incontinence with numbness in the saddle area since the fall. | OVERTURNED | UPHELD
            odg-environmental-modifications | Installation of a wheelchair ramp at the residence | He uses a wheelchair since the spinal cord injury and his home has steps at the entrance. | UPHELD | UPHELD
            mtus-diagnostic-studies-family-default | Sed rate and C-reactive protein | Two weeks after the discectomy she has a fever of 101 and worsening back pain. | OVERTURNED | UPHELD
            odg-vestibular-and-hearing-testing | Hearing test | Since the blast at the plant he has ringing in the ears and cannot follow conversations. | OVERTURNED | UPHELD
            odg-ankle-foot-orthosis | Left AFO, custom | Since the sciatic nerve injury he has a left drop foot and catches his toes when walking. | OVERTURNED | UPHELD
            odg-dry-needling | Dry needling to the upper trapezius, 6 sessions | Myofascial pain of the neck with taut bands and trigger points; home stretching did not help. | UPHELD | UPHELD
            odg-venous-thrombosis-pneumatic-compression | Intermittent pneumatic compression unit, 2 week rental | She is scheduled for a right total knee replacement and had a deep vein thrombosis in 2009. | OVERTURNED | UPHELD
            mtus-chronic-pain-cyclobenzaprine | Fexmid 7.5mg #60 | He presented with an acute flare up of low back pain with acute spasm. | OVERTURNED | UPHELD
            acoem-surgery-elbow | Ulnar nerve decompression at the left elbow | Ulnar neuropathy at the left elbow on EMG/NCS in May; the elbow pad and night splints have not helped over four months. | OVERTURNED | UPHELD
            odg-prostheses-artificial-limb | Transtibial prosthesis with a new socket, right | He had a right below-knee amputation after the forklift accident and walks with crutches. | OVERTURNED | UPHELD
            mtus-chronic-pain-ketorolac | Toradol 60 mg IM injection | He presents with an acute flare-up of his low back pain after lifting a crate. | OVERTURNED | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing | NCV/EMG of the bilateral lower extremities | The examination revealed decreased sensation in the feet. He has diabetic neuropathy. Symptoms did not improve despite physical therapy. | OVERTURNED | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing | NCS of the bilateral lower extremities | Diabetic with burning feet in a stocking distribution and absent ankle reflexes; suspected polyneuropathy. | OVERTURNED | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing | NCV BLE | DM2, numb feet, stocking glove sensory loss, absent ankle jerks; r/o peripheral neuropathy. | OVERTURNED | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | Nerve conduction velocity test, R arm | She reports tingling in the right index finger. The examination showed hypesthesia of the right thumb. | OVERTURNED | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | EMG, left upper limb | He has paresthesias of the left hand, and hyposensorium was appreciated about the left long finger. | OVERTURNED | UPHELD
            mtus-chronic-pain-antidepressants | Duloxetine 30 mg | Low back pain radiates into the left leg. Examination showed decreased sensation over the left L5 dermatome. | UPHELD | UPHELD
            mtus-chronic-pain-antidepressants | Amitriptyline 10mg at bedtime, #30 | Chronic neck pain; PHQ-9 of 15 shows moderate depression. | OVERTURNED | UPHELD
            mtus-chronic-pain-topical-capsaicin | Capsaicin 0.025% cream | Knee osteoarthritis; NSAIDs and acetaminophen were not tolerated. | OVERTURNED | UPHELD
            mtus-chronic-pain-topical-capsaicin | Zostrix cream | Low back pain despite physical therapy, NSAIDs and a home exercise program. | OVERTURNED | UPHELD
            mtus-chronic-pain-salicylate-topicals | Menthoderm gel 120 gm | She has used Menthoderm on the knees for 6 months; it lets her walk her dog and do her housework, pain 7/10 without and 4/10 with it. | OVERTURNED | OVERTURNED
            mtus-chronic-pain-salicylate-topicals | Salonpas patches #30 | He has used Salonpas patches daily on the back for a year with no change in his pain or activity. | UPHELD | OVERTURNED
            mtus-chronic-pain-topical-analgesics | Medrox patches #30 | Low back pain despite physical therapy, NSAIDs and a home exercise program. | UPHELD | UPHELD
            mtus-chronic-pain-lidoderm | Lidoderm 5% patch #30 | Postherpetic neuralgia of the chest wall; gabapentin caused dizziness and nortriptyline was not tolerated. | OVERTURNED | UPHELD
            mtus-chronic-pain-lidoderm | Lidoderm 5% patch #30 | She has worn the Lidoderm patch on the left chest wall since 2015 for postherpetic neuralgia after gabapentin and nortriptyline failed; with the patch her pain is 3/10 instead of 7/10 and she is now able to do her housework. | OVERTURNED | UPHELD
            mtus-opioids-initiating | Tramadol 50mg #60 | Naproxen and acetaminophen have not controlled the pain; UDS done today; an opioid agreement was signed. | OVERTURNED | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic 1x6 lumbar | He has never had chiropractic care. | OVERTURNED | OVERTURNED
            acoem-mri-cervical-spine | MRI of the C-spine | Neck pain with clumsy hands and an unsteady gait; Hoffmann's sign is positive on both sides. | OVERTURNED | UPHELD
            acoem-mri-cervical-spine | Cervical MRI | Neck pain; the examination shows generalized hyperreflexia and sustained clonus. | OVERTURNED | UPHELD
            acoem-carpal-tunnel-release | Open carpal tunnel release, left | Phalen's test is positive on the left; an NCV study of October showed prolonged median motor latency at the left wrist; numbness continues despite night splints and an injection. | OVERTURNED | UPHELD
            acoem-surgery-forearm-wrist-hand | Release of the A1 pulley, right ring finger | The right ring finger locks; after two steroid injections the triggering recurred. | OVERTURNED | UPHELD
            acoem-surgery-forearm-wrist-hand | De Quervain's release, left wrist | Radial wrist pain with a positive Finkelstein test, persisting after two cortisone injections and splinting. | OVERTURNED | UPHELD
            acoem-surgery-forearm-wrist-hand | Right trigger finger release, ring finger | The right ring finger locks in flexion; two corticosteroid injections gave only temporary relief. | OVERTURNED | UPHELD
            acoem-surgery-ankle-foot | Left ankle arthroscopy | Chronic lateral ankle pain with an osteochondral lesion of the talus on MRI; failed 6 months of bracing and PT. | OVERTURNED | UPHELD
            acoem-surgery-knee | L knee APM | L knee catching and locking, + McMurray; MRI 8/16 complex tear PHMM; failed PT x 8, Mobic, CSI. | OVERTURNED | UPHELD
            acoem-surgery-knee | Right knee scope | Right knee catching with an effusion; MRI of the right knee dated 10/2016 revealed a full-thickness chondral defect; failed PT and an injection. | OVERTURNED | UPHELD
            acoem-surgery-knee | Anterior cruciate ligament reconstruction, right | The right knee gives way with pivoting; MRI shows a complete ACL tear. | OVERTURNED | UPHELD
            mtus-psychological-evaluation | Psychiatric consultation | He reports depression with suicidal ideation and insomnia due to chronic pain. | OVERTURNED | UPHELD
            mtus-chronic-pain-psychotherapy | Cognitive behavioral therapy x 4 sessions | Low back pain with fear-avoidance beliefs and lack of progress in physical therapy after 4 weeks. | OVERTURNED | UPHELD
            acoem-surgery-neck | ACDF C5-6 | Left arm radiculopathy with C6 weakness; MRI shows a C5-6 herniation compressing the left C6 root; he failed PT and a cervical ESI over 6 months. | OVERTURNED | UPHELD
            acoem-surgery-neck | ACDF C5-6 | Wrist extension strength is 4/5 on the left; MRI shows a C5-6 herniation compressing the left C6 root; he failed PT and a cervical ESI over 6 months. | OVERTURNED | UPHELD
            acoem-epidural-steroid-injection | Cervical ESI C5-6 | Left biceps weakness and a diminished biceps reflex; MRI shows a C5-6 herniation compressing the left C6 root; PT and gabapentin have failed. | OVERTURNED | UPHELD
            acoem-facet-injection | Medial branch block L4-5, L5-S1 bilateral | Axial low back pain worse with extension and rotation; no radicular symptoms; failed 3 months of PT and NSAIDs. | OVERTURNED | UPHELD
            acoem-facet-injection | Medial branch block L4-5, L5-S1 bilateral | Axial low back pain with tenderness over the lumbar facets; no radicular symptoms; failed 3 months of PT and NSAIDs. | OVERTURNED | UPHELD
            odg-imaging-hip-pelvis | MRI of the right hip | Right groin pain despite 4 months of therapy; x-rays show no arthritis; a labral tear is suspected. | OVERTURNED | UPHELD
            mtus-chronic-pain-antidepressants | Amitriptyline 10mg at bedtime, #30 | She has tension headaches and anxiety and sleeps poorly. | UPHELD | UPHELD
            acoem-mri-knee | Left knee MR imaging | Her left knee locks and gives way. Twelve sessions of physical therapy and anti-inflammatories were tried without significant improvement. | OVERTURNED | UPHELD
            acoem-surgery-forearm-wrist-hand | Left trigger thumb release | Her left thumb keeps triggering; two steroid injections gave only temporary relief. | OVERTURNED | UPHELD
            acoem-x-ray-ankle-foot | Right ankle radiographs, three views | He twisted the right ankle on a ladder rung and could not bear weight; the lateral malleolus was tender. | OVERTURNED | UPHELD
            acoem-x-ray-knee | Plain films of the L knee | She fell onto the left knee yesterday, and there is tenderness over her patella. | OVERTURNED | UPHELD
            mtus-chronic-pain-topical-diclofenac | Voltaren gel 1%, 100 g tube | Radiographs show osteoarthritis of the left knee. | OVERTURNED | UPHELD
            mtus-office-visits-follow-up | Return visit with the treating physician in 4 weeks | He reports pain in the right wrist and takes naproxen. | OVERTURNED | OVERTURNED
            mtus-office-visits-follow-up | Follow-up visit with the pain management physician | He takes Norco and gabapentin, and his pain is unchanged. | OVERTURNED | OVERTURNED
            mtus-chronic-pain-office-visits | Comprehensive examination, 45 minutes | He is a surgical candidate after an uncertain diagnosis. | OVERTURNED | UPHELD
            acoem-independent-medical-examinations | Independent medical evaluation | He is a surgical candidate after an uncertain diagnosis. | OVERTURNED | UPHELD
            acoem-independent-medical-examinations | Panel QME re-evaluation | His treating physician found him permanent and stationary in March. | OVERTURNED | UPHELD
            acoem-independent-medical-examinations | Impairment rating, lumbar spine | He has reached maximum medical improvement. | OVERTURNED | UPHELD
            acoem-independent-medical-examinations | Work status report | He has plateaued and is medically stable. | OVERTURNED | UPHELD
            odg-dental-trauma-treatment | Two dental crowns, upper incisors | He fell from a ladder and broke two upper teeth. | OVERTURNED | UPHELD
            odg-dental-trauma-treatment | Root canal, tooth #8 | A steel bar struck him in the mouth; the left central incisor was fractured. | OVERTURNED | UPHELD
            california-labor-code-interpreter-services | Interpreter services | She speaks only Spanish; the history was obtained through an interpreter. | OVERTURNED | UPHELD
            california-labor-code-interpreter-services | Spanish interpreter for office visits | He does not speak English. | OVERTURNED | UPHELD
            california-labor-code-interpreter-services | Translation services for physical therapy sessions | There is a language barrier. | OVERTURNED | UPHELD
            usphs-treating-tobacco-use-and-dependence | Smoking cessation program | He smokes one pack per day and wishes to quit. | OVERTURNED | UPHELD
            usphs-treating-tobacco-use-and-dependence | Smoking cessation counseling, 4 sessions | She is a smoker of ten cigarettes a day. | OVERTURNED | UPHELD
            usphs-treating-tobacco-use-and-dependence | Nicotine patch 21 mg #30 | He smokes one pack per day. | OVERTURNED | UPHELD
            usphs-treating-tobacco-use-and-dependence | Chantix 1 mg #60 | Tobacco use: 1 ppd for 20 years. | OVERTURNED | UPHELD
            usphs-treating-tobacco-use-and-dependence | Nicotine patch 14 mg #30 | He smokes marijuana at night for sleep. | UPHELD | UPHELD
            mtus-chronic-pain-office-visits | Medical records review, 2 hours | He is a surgical candidate after an uncertain diagnosis. | OVERTURNED | UPHELD
            mtus-chronic-pain-spinal-cord-stimulators | Spinal cord stimulator trial | He has failed back surgery syndrome after an L4-5 fusion. A psychological evaluation cleared him for the trial. | OVERTURNED | UPHELD
            mtus-chronic-pain-spinal-cord-stimulators | SCS trial, thoracic leads | She has complex regional pain syndrome of the left leg and has psychological clearance. | OVERTURNED | UPHELD
            mtus-chronic-pain-spinal-cord-stimulators | Lumbar spinal cord stimulator trial | He has failed back surgery syndrome after an L4-5 fusion. A psychological evaluation is pending. | UPHELD | UPHELD
            mtus-chronic-pain-spinal-cord-stimulator-implant | Permanent spinal cord stimulator implant | He has failed back surgery syndrome. The spinal cord stimulator trial was successful, with 60% relief and improved walking. | OVERTURNED | UPHELD
            mtus-chronic-pain-spinal-cord-stimulator-implant | Spinal cord stimulator implantation | He has failed back surgery syndrome and psychological clearance. A trial is scheduled. | UPHELD | UPHELD
            mtus-chronic-pain-testosterone-replacement | Testosterone cypionate 200 mg IM every 2 weeks | He has taken Norco 10/325 four times a day for three years. His testosterone level was low. | OVERTURNED | UPHELD
            mtus-chronic-pain-testosterone-replacement | Androgel 1.62% gel | She takes oxycodone daily for chronic back pain and has opioid-induced hypogonadism. | OVERTURNED | UPHELD
            mtus-cytokine-dna-testing | Cytokine DNA test, blood | She has had widespread pain for two years; her physician wants the inflammatory source of her pain identified. | UPHELD | UPHELD
            odg-pharmacogenetic-testing | Pharmacogenomic testing (CYP2D6) | Tramadol and duloxetine have given him little relief; the physician asks how he metabolizes them. | UPHELD | UPHELD
            odg-genetic-testing-for-opioid-abuse | Genetic opioid risk test | Opioids are to be started; the physician requests a genetic test of her risk of addiction. | UPHELD | UPHELD
            mtus-work-conditioning | Work hardening program x 10 sessions | He completed 12 sessions of physical therapy with improvement that has plateaued. His employer has a position available for him as a warehouse loader. | OVERTURNED | UPHELD
            mtus-work-conditioning | Work hardening x 10 | He has plateaued in PT and has a job to return to that requires heavy lifting. | OVERTURNED | UPHELD
            mtus-work-conditioning | Work conditioning 2x5 | She completed physical therapy and has a job to return to as a nurse's aide. A surgical consultation is pending for the shoulder. | UPHELD | UPHELD
            mtus-chronic-pain-programs | Continued functional restoration program x 10 days | She completed 2 weeks of the FRP; her sitting tolerance went from 20 to 45 minutes and she cut her Norco use by half. | OVERTURNED | UPHELD
            mtus-chronic-pain-programs | HELP program, 80 more hours | She has attended 10 days of the HELP program; the notes document no objective functional gains. | UPHELD | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic x 8, lumbar | Chiro x 12 completed; ODI 40 -> 22 and back to full duty. | UPHELD | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic x 6, lumbar | Chiro x 6 completed; ODI 40 -> 22 and back to full duty. | OVERTURNED | OVERTURNED
            mtus-chronic-pain-psychotherapy | Additional CBT x 6 | Depression with back pain that persists despite PT. She completed 8 CBT sessions; BDI from 30 down to 18; back to part time work. | UPHELD | UPHELD
            mtus-chronic-pain-psychotherapy | Additional CBT x 6 | Depression with back pain that persists despite PT. She completed 4 CBT sessions; BDI from 30 down to 18; back to part time work. | OVERTURNED | UPHELD
            mtus-work-conditioning | Work hardening program, 10 visits | She is still improving with PT 2x/wk and has a job to return to as a cashier. | UPHELD | UPHELD
            mtus-work-conditioning | Work conditioning x 10 | PT helped at first, then his progress plateaued; he has a loader job to return to. | OVERTURNED | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Spine surgeon consult | Lumbar strain 10 days ago; no neuro deficit; will consider surgery if no improvement with PT. | UPHELD | UPHELD
            mtus-chronic-pain-programs | Functional restoration program, 80 hours | Pain persisted despite physical therapy and medications. He is unable to return to work. | OVERTURNED | UPHELD
            odg-vestibular-and-hearing-testing | Vestibular function testing | He fell and sustained a fracture of the skull. | OVERTURNED | UPHELD
            odg-polysomnography | Polysomnography (sleep study) | His wife has witnessed apneas at night and he reports excessive daytime sleepiness. | OVERTURNED | UPHELD
            odg-polysomnography | Home sleep test | He snores loudly and reports morning headaches. | OVERTURNED | UPHELD
            odg-polysomnography | Sleep study | He snores loudly. | UPHELD | UPHELD
            odg-polysomnography | Polysomnography | Insomnia for 8 months; sleep hygiene and CBT-I did not help; Ambien and trazodone were tried without improvement; psychiatric evaluation negative. | OVERTURNED | UPHELD
            odg-polysomnography | Sleep study | Chronic insomnia x 1 yr despite sleep hygiene; failed zolpidem and melatonin; depression and anxiety ruled out. | OVERTURNED | UPHELD
            odg-polysomnography | Polysomnography | Insomnia for 8 months; sleep hygiene did not help; Ambien and trazodone were tried without improvement. | UPHELD | UPHELD
            odg-polysomnography | Polysomnography | Insomnia for 2 months; sleep hygiene did not help; Ambien tried without improvement; psychiatric causes excluded. | UPHELD | UPHELD
            odg-vestibular-rehabilitation | Vestibular rehabilitation, 6 sessions | Since the concussion she has dizziness and imbalance; the Dix-Hallpike test is positive. | OVERTURNED | UPHELD
            odg-vestibular-rehabilitation | Vestibular therapy 2x4 | He reports vertigo when he turns his head and loses his balance. | OVERTURNED | UPHELD
            odg-vestibular-rehabilitation | Vestibular rehab x 8 | She denies dizziness or vertigo. | UPHELD | UPHELD
            odg-mri-head | MRI of the brain | Three months after the blow to the head, with a CT read as normal, she has a right pronator drift and right hemiparesis. | OVERTURNED | UPHELD
            odg-mri-head | Brain MRI w/o contrast | Headaches since a minor bump on the head; the neurological examination is normal. | UPHELD | UPHELD
            odg-speech-therapy | Speech-language pathology, 8 visits | Since the fall from the scaffold he has expressive aphasia and cannot find his words. | OVERTURNED | UPHELD
            odg-speech-therapy | SLP eval and treat | Dysarthria after the TBI; slurred speech limits his work on the phone. | OVERTURNED | UPHELD
            odg-cognitive-rehabilitation | Cognitive rehab, 10 sessions | Neuropsychological testing after the TBI showed memory deficits and poor concentration. | OVERTURNED | UPHELD
            odg-vision-therapy | Vision rehabilitation x 12 | Since the concussion she has double vision when reading; optometry found a convergence insufficiency. | OVERTURNED | UPHELD
            odg-naloxone | Narcan 4 mg nasal spray | He takes oxycodone 30 mg four times a day with Xanax at night; he overdosed once in 2015. | OVERTURNED | UPHELD
            odg-naloxone | Naloxone 4mg NS #2 | On Norco 10/325 TID; hx of opioid use disorder, in remission. | OVERTURNED | UPHELD
            odg-naloxone | Naloxone nasal spray | She takes ibuprofen for her knee pain and has never been prescribed opioids. | UPHELD | UPHELD
            acoem-x-ray-cervical-thoracic-spine | C-spine flexion/extension views | C5-6 ACDF last year; the films are to evaluate the fusion for a pseudarthrosis. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | MRI lumbar w/wo gadolinium | L4-5 microdiscectomy two years ago; the left leg pain and numbness came back this spring. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | MRI lumbar with contrast | L5-S1 laminectomy in 2019; axial low back pain only, with a normal neurological examination. | UPHELD | UPHELD
            mtus-chronic-pain-aquatic-therapy | Aqua therapy x 8 | She is morbidly obese and could not tolerate land-based therapy for her low back pain. | OVERTURNED | UPHELD
            mtus-chronic-pain-aquatic-therapy | Pool therapy 2 times a week for 4 weeks, lumbar | He is non-weight bearing on the left leg after a tibial fracture. | OVERTURNED | UPHELD
            mtus-chronic-pain-aquatic-therapy | Aquatic therapy 2x6 | She is morbidly obese and could not tolerate land-based therapy for her low back pain. | UPHELD | UPHELD
            mtus-medications-for-chronic-pain | Metformin 500mg #60 | He reports functional improvement with the medication. | OVERTURNED | UPHELD
            mtus-medications-for-chronic-pain | Veraxolin 25 mg #60 | He reports functional improvement with the medication. | OVERTURNED | UPHELD
            mtus-insomnia-treatment | Ambien 10mg #30 | She has difficulty falling asleep and wakes up three times a night. Sleep hygiene measures were reviewed with her. | OVERTURNED | UPHELD
            mtus-insomnia-treatment | Lunesta 2 mg, 30 tablets | He has taken Lunesta for a year. He has difficulty staying asleep; sleep hygiene was reviewed; he reports improved function during the day. | OVERTURNED | UPHELD
            mtus-opioids-initiating | Nucynta 50mg #60 | He failed NSAIDs. A baseline urine drug test was negative. | OVERTURNED | UPHELD
            mtus-passive-modalities | Iontophoresis x6 | He presented with an acute flare up. He performs a home exercise program daily. | OVERTURNED | UPHELD
            mtus-physical-medicine-family-default | Recreational therapy x6 | He reports functional improvement. | OVERTURNED | UPHELD
            mtus-massage-therapy | Myofascial release x4, neck | He performs a home exercise program daily. | OVERTURNED | UPHELD
            mtus-h-wave-stimulation | H wave unit, 30 day home trial | Pain persisted despite physical therapy and medications, and after a one month trial of a TENS unit. | OVERTURNED | UPHELD
            mtus-botulinum-toxin | Botox 100 units to the neck muscles | He has cervical dystonia with torticollis. | OVERTURNED | UPHELD
            odg-medical-food | Theramine #120 | He reports functional improvement with the medication. | UPHELD | UPHELD
            mtus-chronic-pain-psychotherapy | Cognitive behavioural therapy, 4 sessions | He reports depression and anxiety. Pain persisted despite physical therapy and medications. | OVERTURNED | UPHELD
            odg-walking-aids | Rolling walker | He is non weight bearing on the left leg. | OVERTURNED | UPHELD
            odg-durable-medical-equipment | Hoyer patient lift | He is non weight bearing on both legs after bilateral calcaneal fractures and cannot transfer from the bed alone. | OVERTURNED | UPHELD
            odg-wheelchair | Manual wheelchair, 1 month rental | He is non weight bearing on both legs after bilateral calcaneal fractures. | OVERTURNED | UPHELD
            odg-durable-medical-equipment-family-default | Hearing aids, both ears | He is non weight bearing on the left leg. | OVERTURNED | UPHELD
            odg-hospital-length-of-stay | Inpatient stay, 2 days | Surgery is planned for the right knee. | OVERTURNED | UPHELD
            odg-hyperstimulation-analgesia | Localized intense neurostimulation therapy (LINT) | He has chronic low back pain. | UPHELD | UPHELD
            odg-imaging-head | CT scan of the brain | He lost consciousness after a fall and had a seizure. The examination revealed decreased sensation on the left. | OVERTURNED | UPHELD
            odg-imaging-hip-pelvis | Pelvic MRI | He fell and sustained a fracture of the acetabulum. | OVERTURNED | UPHELD
            odg-trigger-point-impedance-imaging | TPII, lumbar | He has chronic low back pain. | UPHELD | UPHELD
            odg-electroencephalography | EEG, routine | He struck his head in a fall. Two months later his headaches and dizziness have worsened despite rest. | OVERTURNED | UPHELD
            mtus-opioids-urine-drug-testing | Urine toxicology screen | He takes Norco 10/325 three times a day for back pain. | OVERTURNED | UPHELD
            mtus-opioids-urine-drug-testing | UDS, random | The physician is concerned about early refills and possible misuse of his medication. | OVERTURNED | UPHELD
            mtus-chronic-pain-acetaminophen | Tylenol Extra Strength 500mg #100 | He reports functional improvement with Tylenol. | OVERTURNED | OVERTURNED
            mtus-manipulation-of-the-knee-ankle-foot-wrist-hand | Chiropractic adjustments to the L ankle x6 | He completed 6 chiropractic visits. The chiropractic notes show improved range of motion and a return to full duty. | UPHELD | UPHELD
            mtus-manipulation-of-the-knee-ankle-foot-wrist-hand | Six visits of manipulation, lumbar spine and right knee | He has chronic low back pain. | UPHELD | UPHELD
            mtus-manipulation-of-the-knee-ankle-foot-wrist-hand | Chiro 2x3 C/S, L/S and L wrist | Chronic neck and low back pain; L wrist pain. No prior chiro. | UPHELD | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic for the lower back, 6 more visits | He has had six chiropractic sessions; since then he can walk further and sit longer, and he takes less medication. | OVERTURNED | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic treatment x6 more, lumbar | He completed six chiropractic sessions, and his pain and function improved. | OVERTURNED | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic treatment x6 more, lumbar | He completed six chiropractic sessions, with functional gains. | OVERTURNED | UPHELD
            mtus-chronic-pain-manipulation | Additional chiropractic manipulation, 8 visits, low back | He completed 6 chiropractic visits. The chiropractic notes show improved range of motion and a return to full duty. | OVERTURNED | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic, 4 more visits | Prior chiropractic care (6 visits) helped; he can now lift his child. | OVERTURNED | UPHELD
            mtus-chronic-pain-physical-medicine | Additional physical therapy x4, lumbar spine | He has low back pain. He completed 4 sessions of physical therapy, which allowed him to return to modified duty. | OVERTURNED | UPHELD
            mtus-psychological-evaluation | Psych eval | He has depressed mood and anxiety because of his chronic pain. | OVERTURNED | UPHELD
            mtus-chronic-pain-psychotherapy | CBT x 3 sessions | He is depressed, and his progress in physical therapy stalled after four weeks. | OVERTURNED | UPHELD
            acoem-shoulder-corticosteroid-injection | Subacromial cortisone injection, R shoulder | He has impingement; three weeks of exercises and naproxen did not help. | OVERTURNED | UPHELD
            acoem-shoulder-corticosteroid-injection | Subacromial injection, left shoulder | He had three prior subacromial injections this year with temporary relief. | UPHELD | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Gabapentin 300mg #90 | Treatment has included electrical stimulation and massage for his low back pain. | UPHELD | UPHELD
            acoem-facet-neurotomy | RFA L4-5 and L5-S1, right | Medial branch blocks at these levels gave 80% relief. His low back pain does not radiate. | OVERTURNED | UPHELD
            acoem-facet-neurotomy | Radiofrequency neurotomy, L3-4 | Diagnostic blocks gave 80% relief. Pain radiates into the left leg with numbness. | UPHELD | UPHELD
            acoem-epidural-steroid-injection | Repeat ESI, L5-S1 | The last epidural gave 60% relief for eight weeks, and he reduced his medication. Decreased sensation in the left L5 dermatome persists; the MRI shows a disc protrusion at L5-S1 contacting the left L5 nerve root. | OVERTURNED | UPHELD
            acoem-epidural-steroid-injection | Repeat ESI, L5-S1 | The last epidural gave little relief. Physical therapy did not help. Decreased sensation in the left L5 dermatome persists; the MRI shows a disc protrusion at L5-S1 contacting the left L5 nerve root. | UPHELD | UPHELD
            acoem-mri-cervical-spine | Cervical MRI | Neck pain radiates into the left arm with weakness of the left triceps despite two months of therapy. | OVERTURNED | UPHELD
            acoem-mri-shoulder | Shoulder MRI, right | A full thickness rotator cuff tear is suspected. He is no better after physical therapy. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | MRI L-spine | Physical therapy for 6 weeks did not help. He has decreased sensation at L5, and he is willing to undergo surgery. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | MRI L-spine | Physical therapy for 6 weeks did not help. He has decreased sensation at L5, and he wants to avoid surgery. | UPHELD | UPHELD
            acoem-epidural-steroid-injection | Repeat ESI, L5-S1 | The last epidural gave 50% relief for one week. Decreased sensation in the left L5 dermatome persists; the MRI shows a disc protrusion at L5-S1 contacting the left L5 nerve root. | UPHELD | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Orthopedic surgery consultation, knee | His knee gives way despite eight weeks of physical therapy, and he may need surgery. | OVERTURNED | UPHELD
            mtus-chronic-pain-lidoderm | Lidoderm 5% patch #30 | She has neuropathic pain of the right thigh; gabapentin and amitriptyline were tried and failed. | OVERTURNED | UPHELD
            mtus-opioids-initiating | Tramadol 50 mg #60 | Acetaminophen and naproxen failed to control his pain. A baseline urine drug screen was done and an opioid agreement was signed. | OVERTURNED | UPHELD
            acoem-mri-shoulder | MRI L shoulder | Pt fell at work 11/1/16. Exam: positive drop arm, weakness w/ ER. Failed 4 wks PT. | OVERTURNED | UPHELD
            acoem-mri-shoulder | MR scan, left shoulder | The left shoulder is weak in external rotation at 4-/5 after two months of therapy that did not help. | OVERTURNED | UPHELD
            acoem-mri-shoulder | MR scan, left shoulder | The right shoulder is weak in external rotation; the left one is normal. Two months of therapy did not help; he would consider surgery. | UPHELD | UPHELD
            mtus-chronic-pain-office-visits-specialist-evaluation | Ortho consult, R knee | Pt c/o R knee giving way and locking despite 6 wks PT; MRI shows medial meniscal tear. | OVERTURNED | UPHELD
            odg-knee-joint-replacement | Right TKA | He is a 62-year-old man. X-rays show bone-on-bone osteoarthritis of the right knee; he has night pain; injections and NSAIDs failed. | OVERTURNED | UPHELD
            odg-knee-joint-replacement | Total knee arthroplasty, left | He is a 44-year-old man. X-rays show osteoarthritis of the left knee; injections and NSAIDs failed. | UPHELD | UPHELD
            odg-hip-joint-replacement | Left total hip replacement | She is a 70-year-old woman with severe osteoarthritis of the left hip on x-ray; therapy, NSAIDs and an injection did not help. | OVERTURNED | UPHELD
            mtus-functional-restoration-evaluation | Functional restoration program evaluation | He has had chronic pain for 2 years, failed all conservative treatment, is not a surgical candidate and is motivated to return to work. | OVERTURNED | UPHELD
            mtus-diagnostic-studies-family-default | CT scan of the right wrist | After a fall there is tenderness in the anatomical snuffbox; the first x-rays were negative. | OVERTURNED | UPHELD
            mtus-diagnostic-studies-family-default | X-ray of the right hand | Crush injury of the right hand 3 days ago with point tenderness over the 4th metacarpal. | OVERTURNED | UPHELD
            mtus-diagnostic-studies-family-default | XR R hand | Chronic R hand pain x 2 yrs; TTP over the 4th metacarpal. | UPHELD | UPHELD
            mtus-diagnostic-studies-family-default | X-ray of the right wrist | Chronic wrist pain for 2 years, tender over the metacarpal. | UPHELD | UPHELD
            odg-imaging-elbow | X-rays of the left elbow | He fell on the left elbow two days ago; the radial head is tender. | OVERTURNED | UPHELD
            odg-imaging-elbow | X-rays of the left elbow | Chronic lateral elbow pain for a year, tender over the radial head. | UPHELD | UPHELD
            acoem-mri-forearm-wrist-hand | MRI of the right wrist | FOOSH; snuffbox tenderness persists; initial x-rays negative. | OVERTURNED | UPHELD
            acoem-wrist-splint | Thumb spica splint | Fell yesterday; tender anatomic snuffbox; x-rays negative. | OVERTURNED | UPHELD
            mtus-office-visits-follow-up | Orthopedic follow-up visit | He is 6 weeks after a right knee arthroscopy. | OVERTURNED | OVERTURNED
            mtus-chronic-pain-office-visits-specialist-evaluation | Referral to an orthopaedic surgeon for the right wrist | An x-ray two days ago shows a displaced fracture of the distal radius. | OVERTURNED | UPHELD
            acoem-injections-forearm-wrist-hand | Kenalog injection, right carpal tunnel | Her median nerve symptoms persist after wrist splints at night and ibuprofen for two months, with a positive Tinel's at the wrist. | OVERTURNED | UPHELD
            acoem-ct-spine | CT of the L-spine | After an L5-S1 fusion two years ago the films raise the question of a nonunion, with a loose pedicle screw. | OVERTURNED | UPHELD
            acoem-epidural-steroid-injection-interlaminar | C6-7 interlaminar ESI | Neck pain radiating to the left arm; decreased sensation in the left C7 dermatome and a weak left triceps; MRI shows a C6-7 herniation with left foraminal stenosis; PT, NSAIDs and gabapentin failed. | OVERTURNED | UPHELD
            acoem-mri-cervical-spine | MRI of the thoracic spine | Mid back pain; the examination shows hyperreflexia of both legs and a positive Babinski sign on both sides. | OVERTURNED | UPHELD
            mtus-h-wave-stimulation-purchase | H-wave unit purchase | A 30-day home trial of the H-wave unit, used twice a day, gave 50% pain relief with improved function: she returned to modified work. | OVERTURNED | UPHELD
            mtus-h-wave-stimulation | H-wave unit 30 day home trial | Chronic low back pain. She used a TENS unit for 2 months without benefit; PT, NSAIDs and a home exercise program did not help. | OVERTURNED | UPHELD
            acoem-injections-forearm-wrist-hand | Injection of the left thumb A1 pulley | The thumb catches and locks when she grips, with a tender nodule at the base. | OVERTURNED | UPHELD
            acoem-x-ray-lumbar-spine | Plain films of the lumbosacral spine | Back pain for ten days. He was treated for a lymphoma with chemotherapy in 2014. He has lost 12 pounds since last month. | OVERTURNED | UPHELD
            odg-flexion-extension-imaging-lumbar | Flexion and extension views of the lumbar spine | Degenerative spondylolisthesis of L4 on L5 with leg pain when walking; the spine surgeon is considering a decompression and fusion. | OVERTURNED | UPHELD
            odg-flexion-extension-imaging-lumbar | Dynamic radiographs, L-spine | Status post L4-5 fusion in 2015 with recurrent back pain; a pseudarthrosis is suspected. | OVERTURNED | UPHELD
            odg-flexion-extension-imaging-lumbar | Lumbar flexion-extension x-rays | Chronic low back pain; range of motion is to be measured for the rating; no listhesis on prior films. | UPHELD | UPHELD
            acoem-mri-cervical-spine | MR imaging of the neck | Neck pain for two weeks. History of lung cancer; 12 lb weight loss since last month. | OVERTURNED | UPHELD
            acoem-ct-spine | CT of the low back | Status post L5-S1 fusion in 2015; the films show a possible pseudarthrosis. | OVERTURNED | UPHELD
            acoem-mri-lumbar-spine | Lumbar MR imaging | Radiating pain into the left leg with a weak left EHL and an absent left Achilles reflex; therapy and an epidural did not help; he was referred to a surgeon. | OVERTURNED | UPHELD
            acoem-x-ray-knee | Standing films of both knees | Osteoarthritis of both knees; a total knee arthroplasty is being considered. | OVERTURNED | UPHELD
            acoem-surgery-low-back | Lumbar microdiscectomy L5-S1 | MRI shows a large L5-S1 herniation compressing the S1 root; he has severe sciatica with weakness of plantar flexion and an absent ankle reflex despite 3 months of PT and an epidural. | OVERTURNED | UPHELD
            odg-vitamin-d | Cholecalciferol 50,000 IU once weekly | Her 25-hydroxy vitamin D came back low at 11 ng/mL. | OVERTURNED | UPHELD
            mtus-chronic-pain-ppis | Vimovo 375/20 mg twice daily | She is 70 and had a bleeding duodenal ulcer in 2012; Vimovo is prescribed for her knee arthritis. | OVERTURNED | UPHELD
            mtus-chronic-pain-benzodiazepines | Valium 5 mg, fifteen tablets | He presents today with acute lumbar spasm after bending at work. | OVERTURNED | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Lyrica 75 mg twice daily | He has taken Lyrica for a year for the pain radiating down his left leg, with a diminished left ankle reflex and numbness of the lateral foot; it cuts that pain by half and he can walk further. | OVERTURNED | UPHELD
            acoem-surgery-ankle-foot | Arthroscopic excision of anterior tibial spurs, right ankle | Anterior bony impingement of the right ankle; the films show a spur on the anterior tibia; bracing, therapy and an injection failed. | OVERTURNED | UPHELD
            acoem-surgery-shoulder | Subacromial decompression, arthroscopic, left | Impingement symptoms in the left shoulder persist despite therapy for four months and two subacromial cortisone injections. | OVERTURNED | UPHELD
            acoem-surgery-neck | C6-7 anterior discectomy and fusion | Right C7 radiculopathy corroborated by the EMG, with a C6-7 disc herniation on the MRI; physical therapy and an epidural did not help. | OVERTURNED | UPHELD
            acoem-surgery-low-back | Left L4-5 microdiscectomy | The electrodiagnostic study showed a left L5 radiculopathy; the MRI shows an L4-5 extrusion compressing the left L5 root; no improvement with PT and an ESI. | OVERTURNED | UPHELD
            acoem-lumbar-fusion | Transforaminal lumbar interbody fusion, L4-5 | Degenerative spondylolisthesis of L4 on L5 with instability, 5 mm of translation on flexion and extension films; PT and epidurals failed; the presurgical psychological evaluation cleared him. | OVERTURNED | UPHELD
            acoem-lumbar-fusion | L4-5 TLIF | Degenerative spondylolisthesis of L4 on L5 with instability, 5 mm of translation on flexion and extension films; PT and epidurals failed; no psych screen yet. | UPHELD | UPHELD
            mtus-diagnostic-studies-family-default | Whole body bone scan | Treated for breast cancer in 2012; now rib and thoracic pain at night and a 12 lb weight loss she cannot explain. | OVERTURNED | UPHELD
            mtus-chronic-pain-crps-bone-scan | Three-phase bone scan of the left hand | Possible RSD of the left hand after the crush injury: she cannot bear light touch and the hand is swollen and purplish. | OVERTURNED | UPHELD
            mtus-chronic-pain-crps-bone-scan | TPBS, right wrist | CRPS is a concern: the right wrist is swollen; color, temperature and sensation are the same on both sides. | UPHELD | UPHELD
            odg-bone-scan-low-back | Nuclear bone scan of the lumbar spine | Low back pain for a month with fevers and chills; the ESR is elevated and a discitis is a concern. | OVERTURNED | UPHELD
            odg-bone-scan-low-back | Bone scan, lumbosacral | Back pain and morning stiffness for a year in a 28-year-old; HLA-B27 positive, ankylosing spondylitis suspected by rheumatology. | OVERTURNED | UPHELD
            odg-bone-scan-low-back | Bone scan of the L-spine | Back pain for two years, worse with lifting; degenerative discs on the films; the neurological exam is normal. | UPHELD | UPHELD
            acoem-facet-injection | Bilateral L3-4 medial branch blocks | Axial LBP above an L4-S1 fusion done in 2013, facet loading positive at L3-4, no radicular sx, failed PT and NSAIDs. | OVERTURNED | UPHELD
            acoem-facet-injection | Bilateral L4-5 medial branch blocks | Axial LBP, s/p L4-S1 fusion 2013, facet loading positive at L4-5, no radicular sx, failed PT and NSAIDs. | UPHELD | UPHELD
            odg-knee-joint-replacement | Left total knee replacement | A 61-year-old with tricompartmental osteoarthritis on standing films; therapy, NSAIDs and injections failed; BMI 32. | OVERTURNED | UPHELD
            odg-knee-joint-replacement | Left total knee replacement | A 61-year-old with tricompartmental osteoarthritis on standing films; therapy, NSAIDs and injections failed; BMI of 47. | UPHELD | UPHELD
            mtus-manipulation-of-the-knee-ankle-foot-wrist-hand | Chiropractic manipulation of the low back and left knee x 6 | Chronic low back pain and left knee pain; no chiropractic care so far. | UPHELD | UPHELD
            mtus-chronic-pain-tens-post-operative | Post-op TENS, 30-day rental | She is two weeks out from an open reduction and internal fixation of the left ankle. | OVERTURNED | UPHELD
            odg-hardware-implant-removal | Removal of the hardware, left ankle | The ankle fracture has healed; a screw of the lateral plate has backed out and the plate is tender under the skin. | OVERTURNED | UPHELD
            odg-hardware-implant-removal | Removal of hardware, left wrist | The distal radius fracture is healed on x-ray; she is asking for the plate to come out although it does not bother her. | UPHELD | UPHELD
            odg-hip-arthroscopy | Arthroscopic labral repair of the right hip | The MR arthrogram shows a tear of the anterosuperior labrum; the groin pain persists despite 12 visits of therapy and an intra-articular injection. | OVERTURNED | UPHELD
            odg-hip-arthroscopy | Left hip arthroscopy with osteoplasty | Cam deformity on the hip films with a positive impingement test; no relief with PT and NSAIDs for four months. | OVERTURNED | UPHELD
            odg-intra-articular-hip-steroid-injection | Fluoroscopic intra-articular cortisone injection, R hip | X-rays show end-stage arthritis of the right hip; she cannot walk a block despite 8 sessions of therapy and naproxen. | OVERTURNED | UPHELD
            odg-intra-articular-hip-steroid-injection | Fluoroscopic intra-articular cortisone injection, R hip | Mild arthritic changes of the right hip; hip pain began after a fall a month ago. | UPHELD | UPHELD
            odg-knee-chondroplasty | Arthroscopic chondroplasty of the right knee | The MR scan shows a full-thickness cartilage defect of the lateral femoral condyle; the knee swells and crepitus is felt; medications and therapy did not help. | OVERTURNED | UPHELD
            odg-knee-chondroplasty | Arthroscopic chondroplasty of the right knee | Knee pain with stairs; no effusion; the MRI has not been done. | UPHELD | UPHELD
            odg-knee-chondroplasty | Arthroscopic chondroplasty of the right knee | The films show end-stage arthritis of all three compartments; the MR scan shows diffuse full-thickness cartilage loss; the knee swells, with crepitus; therapy and NSAIDs did not help. | UPHELD | UPHELD
            odg-dupuytrens-contracture | Percutaneous needle aponeurotomy, right small finger | A Dupuytren's cord holds the PIP joint of the small finger flexed 35 degrees. | OVERTURNED | UPHELD
            odg-dupuytrens-contracture | Collagenase injection for the Dupuytren's cord, left hand | A painless nodule in the palm; all fingers extend fully. | UPHELD | UPHELD
            odg-distal-biceps-tendon-repair | Repair of the distal biceps tendon, right | He felt a pop at the elbow lifting a pallet 5 days ago; the MRI shows a complete tear of the distal biceps with retraction. | OVERTURNED | UPHELD
            odg-distal-biceps-tendon-repair | Repair of the distal biceps tendon, right | Tendinosis of the distal biceps on the MRI without a tear; two weeks of pain. | UPHELD | UPHELD
            odg-hyaluronic-acid-injections | Repeat Orthovisc series, left knee | The last Orthovisc series 9 months ago gave 60 percent relief for 7 months and she reduced her medications; the left knee osteoarthritis pain has recurred. | OVERTURNED | UPHELD
            odg-hyaluronic-acid-injections | Repeat Orthovisc series, left knee | The last Orthovisc series helped for a few days only; left knee osteoarthritis; NSAIDs and therapy failed. | UPHELD | UPHELD
            odg-hyaluronic-acid-injections-other-joints | Hyaluronic acid injection to the right shoulder | Glenohumeral osteoarthritis; therapy, NSAIDs and a cortisone injection failed. | UPHELD | UPHELD
            odg-hyaluronic-acid-injections-other-joints | Durolane, left hip | Hip osteoarthritis on x-rays, failed NSAIDs and PT. | UPHELD | UPHELD
            """)
    void decidesByWhatTheRecordsDocument(String ruleId, String description, String documentedSummary,
            Outcome documented, Outcome undocumented) {
        ItemDetermination withCriteria = decide(documentedSummary, description);
        ItemDetermination withoutCriteria = decide(UNDOCUMENTED, description);

        assertThat(withCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withCriteria.outcome()).isEqualTo(documented);
        assertThat(withoutCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withoutCriteria.outcome()).isEqualTo(undocumented);
    }

    /**
     * A request that duplicates a service already approved is not necessary again, whatever supports the service: the
     * same records with the approval stated, and without it.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-chronic-pain-office-visits-specialist-evaluation | Referral to an orthopaedic surgeon for the right wrist | An x-ray two days ago shows a displaced fracture of the distal radius. | The surgeon's consultation was approved last week, and this request is a duplicate of it.
            mtus-home-health-services | Home nursing visits x 2 for wound care | She is homebound after a hip replacement, and her incision needs skilled dressing changes. | Two nursing visits were already approved, so the request would be duplicative.
            acoem-referral-for-consultation | Infectious disease consultation | The fusion wound is infected, with fever and drainage. | An infectious disease consultation was certified on 12/1; this request duplicates the one certified.
            """)
    void aRequestThatDuplicatesAnApprovedServiceIsNotNecessaryAgain(String ruleId, String description, String summary,
            String approvedBefore) {
        ItemDetermination supported = decide(summary, description);
        ItemDetermination duplicate = decide(summary + " " + approvedBefore, description);

        assertThat(supported.ruleId()).isEqualTo(ruleId);
        assertThat(supported.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(duplicate.ruleId()).isEqualTo(ruleId);
        assertThat(duplicate.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(duplicate.evidence()).extracting(FoundFact::id).containsExactly("DUPLICATE_REQUEST");
    }

    /** Opioids for a worker whose records state a recent surgery or a severe acute injury: the acute-pain sections. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-opioids-after-recent-surgery | Oxycodone 5mg #40 | He underwent open reduction internal fixation of the right ankle last week. | OVERTURNED
            mtus-opioids-severe-acute-injury  | Percocet 5/325 #20 | He fell from a ladder and sustained fractures of the left wrist. | OVERTURNED
            """)
    void opioidsForAcutePainFollowTheConditionTheRecordsState(String ruleId, String description, String summary,
            Outcome outcome) {
        ItemDetermination withCondition = decide(summary, description);
        ItemDetermination withoutCondition = decide(UNDOCUMENTED, description);

        assertThat(withCondition.ruleId()).isEqualTo(ruleId);
        assertThat(withCondition.outcome()).isEqualTo(outcome);
        assertThat(withoutCondition.ruleId()).isNotEqualTo(ruleId);
        assertThat(withoutCondition.outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * A sling after a rotator cuff repair: the ODG recommends the abduction pillow sling as an option following open
     * repair of large and massive tears, not for arthroscopic repairs; after another shoulder surgery the sling rule of
     * the surgery decides.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abduction pillow sling, right shoulder | odg-postoperative-abduction-pillow-sling-rotator-cuff-repair | She is scheduled for a mini-open repair of a massive rotator cuff tear of the right shoulder. | OVERTURNED
            Abduction pillow sling, right shoulder | odg-postoperative-abduction-pillow-sling-rotator-cuff-repair | She is scheduled for an arthroscopic rotator cuff repair of the right shoulder. | UPHELD
            Abduction pillow sling, right shoulder | odg-postoperative-sling | She is scheduled for an arthroscopic stabilization surgery of the right shoulder for recurrent dislocation. | OVERTURNED
            """)
    void aSlingAfterARotatorCuffRepairNeedsAnOpenRepairOfALargeTear(String description, String ruleId, String summary,
            Outcome outcome) {
        ItemDetermination sling = decide(summary, description);

        assertThat(sling.ruleId()).isEqualTo(ruleId);
        assertThat(sling.outcome()).isEqualTo(outcome);
    }

    /**
     * Therapy within the post-surgical physical medicine period of a surgery of the same region the records date (MTUS
     * Postsurgical Treatment Guidelines: an initial course of half the general course, up to 12 visits; more only with
     * functional improvement; a lumbar fusion 34 visits over 16 weeks, a cervical fusion 24, so 17 and 12 at first),
     * whether or not the request calls itself post-operative. A surgery of another region, or
     * one older than the period, leaves the request to the chronic pain limits.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Physical therapy for the R knee, 2x3 | mtus-postsurgical-physical-medicine-after-recent-surgery | He underwent an arthroscopic partial meniscectomy of the right knee on 11/28/2016. | OVERTURNED
            PT right knee x16 | mtus-postsurgical-physical-medicine-after-recent-surgery | Right knee arthroscopy was performed on December 1, 2016. | UPHELD
            Occupational therapy, left wrist, six visits | mtus-postsurgical-physical-medicine-after-recent-surgery | Status post left carpal tunnel release (10-31-16). He completed 8 sessions of occupational therapy with no change in function. | UPHELD
            Physical therapy for the R knee, 2x3 | mtus-chronic-pain-physical-medicine | He underwent an arthroscopic partial meniscectomy of the right knee on 02/03/2016. He has knee strain. | OVERTURNED
            Physical therapy for the R knee, 2x3 | mtus-chronic-pain-physical-medicine | He underwent a left shoulder arthroscopy on 11/28/2016. He has right knee strain. | OVERTURNED
            Physical therapy for the R knee, 2x3 | mtus-chronic-pain-physical-medicine | A right knee arthroscopy was requested on 11/28/2016. He has right knee strain. | OVERTURNED
            Physical therapy for the R knee, 2x3 | mtus-chronic-pain-physical-medicine | He underwent an MRI of the right knee on 11/28/2016. He has right knee strain. | OVERTURNED
            Physical therapy for the R knee, 2x3 | mtus-chronic-pain-physical-medicine | He was released to full duty on 12/01/2016. He has right knee strain. | OVERTURNED
            Physical therapy, 6 more sessions, right shoulder | mtus-postsurgical-physical-medicine-after-recent-surgery | She has completed 6 post-operative sessions after a rotator cuff repair on 10/15/2016, with steady gains in range of motion. | OVERTURNED
            Physical therapy, 6 more sessions, right shoulder | mtus-postsurgical-physical-medicine-after-recent-surgery | She has completed 6 post-operative sessions after a rotator cuff repair on 10/15/2016. | UPHELD
            PT 2x3 L knee | mtus-postsurgical-physical-medicine-after-recent-surgery | Pt s/p L knee scope 12/1/16. | OVERTURNED
            Occupational therapy 2x2 right hand | mtus-postsurgical-physical-medicine-after-recent-surgery | Right trigger thumb release on 11/20/2016. | OVERTURNED
            Occupational therapy 2x3 right hand | mtus-postsurgical-physical-medicine-after-recent-surgery | Right trigger thumb release on 11/20/2016. | UPHELD
            Post-operative hand therapy x 4 | mtus-postsurgical-physical-medicine | She had an endoscopic carpal tunnel release on the right two weeks ago. | OVERTURNED
            Post-operative hand therapy x 12 | mtus-postsurgical-physical-medicine | She had an endoscopic carpal tunnel release on the right two weeks ago. | UPHELD
            Post-op PT 3x4, left knee | mtus-postsurgical-physical-medicine | The left knee meniscus tear was treated with an arthroscopic partial meniscectomy last week. | UPHELD
            Post-op PT 3x4, lumbar spine | mtus-postsurgical-physical-medicine | He underwent an L4-5 microdiscectomy 3 weeks ago. | UPHELD
            Post-op PT 2x4, lumbar spine | mtus-postsurgical-physical-medicine | He underwent an L4-5 microdiscectomy 3 weeks ago. | OVERTURNED
            Post-op PT 2x8, lumbar spine | mtus-postsurgical-physical-medicine | He underwent an L4-5 posterior lumbar fusion 4 weeks ago. | OVERTURNED
            Post-op PT 2x8, low back | mtus-postsurgical-physical-medicine | S/p L5-S1 TLIF 6 wks ago, no PT yet. | OVERTURNED
            Post-op PT 3x6, lumbar spine | mtus-postsurgical-physical-medicine | He underwent an L4-5 posterior lumbar fusion 4 weeks ago. | UPHELD
            Post-op PT 2x8, cervical spine | mtus-postsurgical-physical-medicine | He underwent a C5-6 anterior cervical discectomy and fusion 4 weeks ago. | UPHELD
            Post-op PT 3x4, right shoulder | mtus-postsurgical-physical-medicine | Arthroscopic rotator cuff repair and subacromial decompression of the right shoulder 3 weeks ago. | OVERTURNED
            Post-op PT 3x4, right shoulder | mtus-postsurgical-physical-medicine | Arthroscopic rotator cuff repair of the right shoulder 3 weeks ago; a carpal tunnel release in 2016 is noted. | OVERTURNED
            Physical therapy x6 right shoulder | mtus-chronic-pain-physical-medicine | Adhesive capsulitis of the right shoulder; no therapy yet. | OVERTURNED
            """)
    void therapyAfterARecentSurgeryOfTheRegionFollowsThePostSurgicalGuidelines(String description, String ruleId,
            String summary, Outcome outcome) {
        ItemDetermination therapy = decide(summary, description);

        assertThat(therapy.ruleId()).isEqualTo(ruleId);
        assertThat(therapy.outcome()).isEqualTo(outcome);
    }

    /**
     * Continued opioids (the worker already takes them): supported when the records document analgesia, function and
     * monitoring, however the progress note words them; without a documented gain in function, not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hydrocodone/APAP 10-325, 90 tablets | OVERTURNED | He has taken Norco for two years. It reduces his pain from 8/10 to 4/10 and allows him to walk for 30 minutes and do household chores. A urine drug screen was consistent and the CURES report was appropriate.
            Hydrocodone/APAP 10-325, 90 tablets | UPHELD | He has taken Norco for two years. It reduces his pain from 8/10 to 4/10. A urine drug screen was consistent and the CURES report was appropriate.
            Ultram ER 150mg #30 | OVERTURNED | He takes Ultram daily; it brings his pain down by 50% and he can work full duty. A CURES report was reviewed and was appropriate.
            Ultram ER 150mg #30 | UPHELD | He takes Ultram daily; he can work full duty. A CURES report was reviewed and was appropriate.
            Norco 5/325 #60 | OVERTURNED | Current meds: Norco 5/325 BID. Pt reports meds decrease pain from 8/10 to 4/10 and allow him to walk 1 mile and do yard work. UDS 10/2016 consistent. CURES reviewed. Denies side effects.
            Norco 5/325 #60 | UPHELD | Current meds: Norco 5/325 BID. Pt reports meds decrease pain from 8/10 to 4/10 and allow him to walk 1 mile and do yard work.
            Hydrocodone/APAP 10/325 #90 | OVERTURNED | He has used hydrocodone for 3 years. With the medication his pain is 4/10, without it 9/10. He is able to shop and cook with it. A random urine toxicology was consistent and he has a signed narcotic agreement.
            Hydrocodone/APAP 10/325 #90 | UPHELD | He has used hydrocodone for 3 years. He is able to shop and cook with it. A random urine toxicology was consistent and he has a signed narcotic agreement.
            Hydrocodone/APAP 10/325 #90 | UPHELD | He has used hydrocodone for 3 years. He cannot walk far with it, and his pain is 8/10 with the medication. A random urine toxicology was consistent.
            Tramadol 50 mg #120 | OVERTURNED | Tramadol QID since 2015. Meds reduce pain 7->3/10 and allow walking 2 miles. UDS 10/2016 consistent.
            Tramadol 50 mg #120 | UPHELD | Tramadol QID since 2015. Meds reduce pain 7->3/10. UDS 10/2016 consistent.
            Norco 10/325 #60 | OVERTURNED | He was started on Norco last month after naproxen and Tylenol failed. CURES was reviewed and an opioid agreement signed. His pain dropped from 8 to 5 and he is able to return to modified work.
            Norco 10/325 #60 | UPHELD | He was started on Norco last month after naproxen and Tylenol failed. CURES was reviewed and an opioid agreement signed. His pain dropped from 8 to 5; he has been unable to return to work.
            """)
    void continuedOpioidsNeedAnalgesiaFunctionAndMonitoringInAnyWording(String description, Outcome outcome,
            String summary) {
        ItemDetermination continued = decide(summary, description);

        assertThat(continued.ruleId()).isEqualTo("mtus-opioids-chronic-maintenance");
        assertThat(continued.outcome()).isEqualTo(outcome);
    }

    /**
     * A first-line drug the records do not show the worker taking is a first request: its indication suffices. The
     * same drug named among the worker's medications is a continuation, which needs a documented response.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-chronic-pain-antiepilepsy-drugs | Neurontin 300mg #90 | He has neuropathic pain in both legs. | OVERTURNED | He has neuropathic pain in both legs. He has been taking gabapentin for six months. | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Neurontin 300mg #90 | Exam reveals a positive straight-leg raise on the left and diminished sensation over the left lateral calf; he complains of shooting pain down the left leg. | OVERTURNED | Exam reveals a positive straight-leg raise on the left and diminished sensation over the left lateral calf; he complains of shooting pain down the left leg. He has taken gabapentin for a year. | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Gralise 600 mg, ninety tablets | Low back pain shoots into the left calf with pins and numbness in the foot. Examination showed diminished pinprick over the left L5 dermatome. | OVERTURNED | Low back pain shoots into the left calf with numbness in the foot. Examination showed diminished pinprick over the left L5 dermatome. She has taken Neurontin since the summer. | UPHELD
            mtus-chronic-pain-antidepressants | Cymbalta 30mg #30 | He reports depression since the injury. | OVERTURNED | He reports depression since the injury. Current medications include duloxetine. | UPHELD
            mtus-chronic-pain-nsaids | Naprosyn 550 mg, sixty tablets | Radiographs show osteoarthritis of the knee. | OVERTURNED | Radiographs show osteoarthritis of the knee. He continues naproxen daily. | UPHELD
            mtus-chronic-pain-antidepressants | Savella 12.5 mg titration pack | The rheumatologist diagnosed fibromyalgia with widespread pain and tender points. | OVERTURNED | The rheumatologist diagnosed fibromyalgia with widespread pain and tender points. She has taken milnacipran since last year. | UPHELD
            mtus-chronic-pain-antidepressants | Amitriptyline 10mg at bedtime, #30 | Fibromyalgia syndrome with nonrestorative sleep. | OVERTURNED | Fibromyalgia syndrome with nonrestorative sleep. She has been on Elavil for a year. | UPHELD
            """)
    void aFirstRequestOfAFirstLineDrugNeedsItsIndicationAContinuationItsResponse(String ruleId, String description,
            String firstRequest, Outcome firstOutcome, String continuation, Outcome continuationOutcome) {
        ItemDetermination first = decide(firstRequest, description);
        ItemDetermination continued = decide(continuation, description);

        assertThat(first.ruleId()).isEqualTo(ruleId);
        assertThat(first.outcome()).isEqualTo(firstOutcome);
        assertThat(continued.ruleId()).isEqualTo(ruleId);
        assertThat(continued.outcome()).isEqualTo(continuationOutcome);
        assertThat(continued.rationale()).contains("functional improvement");
    }

    /**
     * Electrodiagnostic studies of the upper extremity for a suspected nerve impingement: supported with its symptoms
     * and findings, not while the care given is improving it (ACOEM ch. 11, Special Studies: electrical studies if no
     * improvement or worsening has occurred within four to six weeks).
     */
    /**
     * A first NSAID for chronic back or joint pain is an option for short-term relief, one NSAID at a time: beside
     * another oral NSAID the worker takes it is a second one (a topical NSAID, or one stopped or switched from, is
     * not).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ibuprofen 800 mg #90 | Chronic neck pain. Ibuprofen 800 mg was prescribed at this visit. | OVERTURNED | Chronic neck pain. Current medications: meloxicam 15 mg daily, omeprazole. Ibuprofen 800 mg was prescribed at this visit. | UPHELD
            Mobic 7.5 mg #30 | Low back pain for two years. He was switched from Anaprox to Mobic because of GI upset. | OVERTURNED | Low back pain for two years. Medications: Norco, Soma, Anaprox DS twice a day. Mobic was added. | UPHELD
            Naprosyn 500 mg, sixty tablets | Right shoulder impingement for 8 months. Meds: acetaminophen, Voltaren gel. Plan: start Naprosyn 500 mg bid. | OVERTURNED | Right shoulder impingement for 8 months. Meds: acetaminophen, celecoxib 200 mg daily. Plan: start Naprosyn 500 mg bid. | UPHELD
            """)
    void aFirstNsaidIsAnOptionOneAtATime(String description, String alone, Outcome aloneOutcome, String beside,
            Outcome besideOutcome) {
        ItemDetermination first = decide(alone, description);
        ItemDetermination second = decide(beside, description);

        assertThat(first.ruleId()).isEqualTo("mtus-chronic-pain-nsaids");
        assertThat(first.outcome()).isEqualTo(aloneOutcome);
        assertThat(second.ruleId()).isEqualTo("mtus-chronic-pain-nsaids");
        assertThat(second.outcome()).isEqualTo(besideOutcome);
        assertThat(second.rationale()).contains("another drug of its class already taken");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EMG/NCV of the right hand | acoem-electrodiagnostic-testing-hand-wrist
            Right arm NCS | mtus-chronic-pain-electrodiagnostic-testing-upper-extremity
            """)
    void electrodiagnosticStudiesWaitWhileTheCareGivenHelps(String description, String ruleId) {
        String findings = "She reports numbness and tingling in the right hand. Phalen's test was positive on the right.";

        ItemDetermination notImproving = decide(findings, description);
        ItemDetermination improving = decide(findings + " Eight sessions of hand therapy have helped her grip.",
                description);

        assertThat(notImproving.ruleId()).isEqualTo(ruleId);
        assertThat(notImproving.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(improving.ruleId()).isEqualTo(ruleId);
        assertThat(improving.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(improving.evidence()).extracting(FoundFact::id).contains("IMPROVING_WITH_CARE");
    }

    /**
     * The visits of a prior course are those a sentence about the course counts, however worded, not those of the
     * request or its review (MTUS Physical Medicine: the prior course counts against the visit limit).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She has attended two physical therapy visits, and her function has improved. | OVERTURNED
            Two sessions of physical therapy have been completed with improved function. | OVERTURNED
            She has undergone eight sessions of physical therapy with improved function. | UPHELD
            Physical therapy has improved her function. The UR modified a request for 12 sessions of physical therapy. | UPHELD
            """)
    void thePriorCourseCountsTheVisitsItsOwnSentenceCounts(String course, Outcome outcome) {
        ItemDetermination therapy = decide("She has a lumbar strain. " + course,
                "Physical therapy 2 times a week for 3 weeks for the lumbar spine");

        assertThat(therapy.ruleId()).isEqualTo("mtus-chronic-pain-physical-medicine");
        assertThat(therapy.outcome()).isEqualTo(outcome);
    }

    /**
     * Injections with a section of their own: trigger point injections (MTUS Chronic Pain, Trigger point injections:
     * trigger points with a twitch response, symptoms of more than three months, failed medical management) and
     * hyaluronic acid injections of the knee (ODG Knee & Leg: osteoarthritis not responding to conservative treatment),
     * decided a year after the injury with records that document the criteria and with records that do not, and
     * three weeks after it with the same records.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-trigger-point-injections | Trigger point injections x3, L trapezius | Myofascial pain of the left trapezius persisted despite stretching, physical therapy and NSAIDs. Palpation found a taut band with a twitch response and referred pain. | OVERTURNED | UPHELD
            odg-hyaluronic-acid-injections | Synvisc-One injection, R knee | Radiographs show osteoarthritis of the right knee. Pain persisted despite physical therapy and NSAIDs. | OVERTURNED | OVERTURNED
            """)
    void injectionsWithASectionOfTheirOwn(String ruleId, String description, String documented, Outcome chronic,
            Outcome threeWeeksAfterTheInjury) {
        LocalDate received = LocalDate.of(2017, 1, 9);

        ItemDetermination withCriteria = decide(documented, description, received.minusYears(1));
        ItemDetermination withoutCriteria = decide(UNDOCUMENTED, description, received.minusYears(1));
        ItemDetermination early = decide(documented, description, received.minusWeeks(3));

        assertThat(withCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withCriteria.outcome()).isEqualTo(chronic);
        assertThat(withoutCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withoutCriteria.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(early.outcome()).isEqualTo(threeWeeksAfterTheInjury);
    }

    /**
     * A one-month home TENS trial, a rental (MTUS Chronic Pain, Criteria for the use of TENS: pain of at least three
     * months, other appropriate pain modalities, medication among them, tried and failed): supported a year after the
     * injury with the failure documented; not three weeks after it, nor without the failure. A purchase needs the
     * trial's documented use and outcomes.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-chronic-pain-tens-trial | TENS unit, 30-day rental | OVERTURNED
            mtus-chronic-pain-tens-trial | Trial of a TENS unit for one month | OVERTURNED
            mtus-chronic-pain-tens | TENS unit purchase | UPHELD
            """)
    void aTensTrialNeedsChronicPainThatOtherModalitiesFailed(String ruleId, String description, Outcome chronic) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        String failed = "Low back pain persisted through physical therapy, naproxen and a home exercise program.";

        ItemDetermination withCriteria = decide(failed, description, received.minusYears(1));
        ItemDetermination withoutFailure = decide(UNDOCUMENTED, description, received.minusYears(1));
        ItemDetermination early = decide(failed, description, received.minusWeeks(3));

        assertThat(withCriteria.ruleId()).isEqualTo(ruleId);
        assertThat(withCriteria.outcome()).isEqualTo(chronic);
        assertThat(withoutFailure.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(early.outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * A muscle relaxant for the muscle spasm of an acute injury (ACOEM ch. 12, Table 12-8: a short course an option for
     * acute low back pain): a first request is supported; the same drug already taken for weeks is not a short course.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Flexeril 10mg #30 | mtus-chronic-pain-cyclobenzaprine
            Methocarbamol 750 mg, sixty tablets | mtus-chronic-pain-muscle-relaxants
            Zanaflex 4mg #30 | mtus-chronic-pain-antispasticity-drugs
            """)
    void aMuscleRelaxantForTheSpasmOfAnAcuteInjuryIsAShortCourse(String description, String ruleId) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        String spasm = "He hurt his low back lifting a box and has acute low back pain with paraspinal muscle spasm.";
        String drug = description.split(" ")[0];

        ItemDetermination first = decide(spasm, description, received.minusDays(5));
        ItemDetermination continued = decide(spasm + " He has taken " + drug + " daily since then.", description,
                received.minusDays(25));
        ItemDetermination chronic = decide(spasm, description, received.minusYears(2));

        assertThat(first.ruleId()).isEqualTo(ruleId);
        assertThat(first.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(continued.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(chronic.outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * A surgical consultation for a lesion that surgery repairs, shown on imaging, after an exercise program failed
     * (ACOEM ch. 9, p. 209: clear clinical and imaging evidence of a lesion shown to benefit from surgical repair).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He has a full-thickness rotator cuff tear on MRI with weakness that persisted through 3 months of physical therapy. | OVERTURNED
            MRI shows a complete tear of the supraspinatus; he improved with physical therapy and has full strength. | UPHELD
            He has a full-thickness rotator cuff tear on MRI. | UPHELD
            """)
    void aSurgicalConsultationForATearSurgeryRepairsAfterTherapyFailed(String summary, Outcome outcome) {
        ItemDetermination referral = decide(summary, "Referral to an orthopedic surgeon for the right shoulder");

        assertThat(referral.ruleId()).isEqualTo("mtus-chronic-pain-office-visits-specialist-evaluation");
        assertThat(referral.outcome()).isEqualTo(outcome);
    }

    /**
     * More acupuncture after a course that lowered the worker's need for medication: a reduction in the dependency on
     * continued medical treatment is functional improvement as the MTUS defines it (8 CCR 9792.20(f)), and acupuncture
     * is extended only with functional improvement (Acupuncture Medical Treatment Guidelines).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Six acupuncture treatments eased his pain by 30%, and he was able to reduce his Norco from four to two tablets a day. | OVERTURNED
            After six acupuncture sessions she cut down on her ibuprofen. | OVERTURNED
            After six acupuncture sessions he was weaned off tramadol. | OVERTURNED
            Six acupuncture treatments eased his pain by 30%; he still takes four Norco a day. | UPHELD
            """)
    void moreAcupunctureAfterACourseThatReducedTheMedication(String course, Outcome outcome) {
        ItemDetermination acupuncture = decide("He has chronic low back pain. " + course, "Acupuncture x6, lumbar");

        assertThat(acupuncture.ruleId()).isEqualTo("mtus-acupuncture");
        assertThat(acupuncture.outcome()).isEqualTo(outcome);
    }

    /**
     * A repeat study: not for unchanged symptoms, only for a significant change in symptoms or findings (ODG Low Back,
     * MRIs: repeat MRI is not routinely recommended and is reserved for a significant change in symptoms and/or findings
     * suggestive of significant pathology).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            His symptoms are unchanged since then. | UPHELD
            Since October he has developed progressive weakness of left ankle dorsiflexion and a new foot drop. | OVERTURNED
            He now has new weakness of the left leg, with a foot drop. | OVERTURNED
            There has been no significant change in his symptoms. | UPHELD
            """)
    void aRepeatStudyNeedsASignificantChangeInSymptomsOrFindings(String since, Outcome outcome) {
        ItemDetermination repeat = decide("An MRI of the lumbar spine in 03/2016 showed an L4-5 disc protrusion. " + since,
                "Repeat MRI of the lumbar spine");

        assertThat(repeat.ruleId()).isEqualTo("acoem-mri-lumbar-spine");
        assertThat(repeat.outcome()).isEqualTo(outcome);
    }

    /**
     * Surgery for lateral epicondylalgia only after at least six months of failed care with three or four different
     * conservative treatments (ACOEM ch. 10, Surgical Considerations): not four months after the injury, whatever failed.
     */
    @ParameterizedTest(name = "injured {0} days before: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            420 | OVERTURNED
            120 | UPHELD
            """)
    void surgeryForLateralEpicondylalgiaAfterSixMonthsOfFailedCare(int daysSinceInjury, Outcome outcome) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination release = decide("Lateral epicondylitis persists despite physical therapy, a counterforce "
                + "brace, NSAIDs and two injections.", "Right lateral epicondyle release",
                received.minusDays(daysSinceInjury));

        assertThat(release.ruleId()).isEqualTo("acoem-surgery-elbow");
        assertThat(release.outcome()).isEqualTo(outcome);
    }

    /**
     * Studies for an acute injury whose mechanism or signs suggest a fracture (ODG Hip & Pelvis, X-ray: acute trauma
     * with a suspected fracture; ACOEM ch. 8, Table 8-1: major trauma), the same text days and years after the injury.
     */
    @ParameterizedTest(name = "{0}: {2}, injured {1} days before")
    @CsvSource(delimiter = '|', textBlock = """
            odg-x-ray-hip-pelvis | 3 | Radiographs of the pelvis | He slid off a loading dock onto his left side and cannot bear weight on the left leg. | OVERTURNED
            odg-x-ray-hip-pelvis | 900 | Radiographs of the pelvis | He slid off a loading dock onto his left side and cannot bear weight on the left leg. | UPHELD
            acoem-x-ray-cervical-thoracic-spine | 4 | Thoracic x-rays, 2 views | He was struck by a forklift from behind; tenderness over the mid-thoracic spinous processes. | OVERTURNED
            acoem-x-ray-cervical-thoracic-spine | 700 | Thoracic x-rays, 2 views | He was struck by a forklift from behind; tenderness over the mid-thoracic spinous processes. | UPHELD
            """)
    void aStudyForAnAcuteInjuryThatSuggestsAFracture(String ruleId, int daysSinceInjury, String description,
            String summary, Outcome outcome) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination study = decide(summary, description, received.minusDays(daysSinceInjury));

        assertThat(study.ruleId()).isEqualTo(ruleId);
        assertThat(study.outcome()).isEqualTo(outcome);
    }

    /**
     * Oral corticosteroids in limited circumstances for acute radicular pain with clear-cut signs and symptoms of
     * radiculopathy, not for chronic pain (ODG Low Back, Oral corticosteroids): the same findings a week after the
     * injury and a year after it.
     */
    @ParameterizedTest(name = "injured {1} days before: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            odg-oral-corticosteroids | 8   | OVERTURNED
            odg-oral-corticosteroids | 400 | UPHELD
            """)
    void oralCorticosteroidsForAcuteRadicularPain(String ruleId, int daysSinceInjury, Outcome outcome) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination taper = decide("She has pain shooting down the left leg with a positive straight leg raise "
                + "and a diminished ankle reflex since lifting a pallet.", "Prednisone taper over 6 days",
                received.minusDays(daysSinceInjury));

        assertThat(taper.ruleId()).isEqualTo(ruleId);
        assertThat(taper.outcome()).isEqualTo(outcome);
    }

    /**
     * Progress notes in their abbreviated style: "HNP w/ L5 root impingement" is imaging evidence, "EHL 4/5" and "DTR
     * 1+" are deficits, "prior chiro x 24" is a prior course; each decided by its rule as the same findings in prose.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-epidural-steroid-injection | Lumbar ESI L4-5 | LBP radiating to L leg. SLR (+) L. Decr sensation L5 derm. MRI: L4-5 HNP w/ L5 root impingement. Failed PT x 12 and NSAIDs. | OVERTURNED
            acoem-mri-lumbar-spine | MRI of the lumbar spine | LBP w/ radiation to R LE x 3 mos despite PT. R EHL 4/5. Pt interested in surgical options. | OVERTURNED
            acoem-mri-lumbar-spine | MRI of the lumbar spine | LBP w/ radiation to R LE x 3 mos despite PT. R achilles DTR 1+. Pt interested in surgical options. | OVERTURNED
            acoem-mri-lumbar-spine | MRI of the lumbar spine | LBP x 3 mos despite PT. Strength 5/5 throughout, DTRs 2+. Pt interested in surgical options. | UPHELD
            mtus-chronic-pain-manipulation | Chiro x 6 | LBP, chronic. Prior chiro x 24 w/o lasting benefit. | UPHELD
            """)
    void notesInTheirAbbreviatedStyle(String ruleId, String description, String summary, Outcome outcome) {
        ItemDetermination decided = decide(summary, description);

        assertThat(decided.ruleId()).isEqualTo(ruleId);
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * A knee MRI after acute trauma to the knee with a suspected ligament or cartilage disruption (ODG Knee & Leg, MRI
     * indications): supported within a month of the injury; later, the signs need failed conservative care (MTUS Knee
     * Complaints, Special Studies).
     */
    @ParameterizedTest(name = "injured {0} days before: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12  | OVERTURNED
            200 | UPHELD
            """)
    void aKneeMriAfterAcuteTraumaWithSignsOfDerangement(int daysSinceInjury, Outcome outcome) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null,
                "A pallet struck his right knee. The right knee gives way on stairs and the medial joint line is tender.",
                List.of(), List.of(new DisputedTreatment(1, "R knee MR imaging", ServiceType.UNKNOWN, null, null, null,
                        null)), received, received.minusDays(daysSinceInjury), null);

        ItemDetermination mri = engine.decide(caseFile).items().get(0);

        assertThat(mri.ruleId()).isEqualTo("acoem-mri-knee");
        assertThat(mri.outcome()).isEqualTo(outcome);
    }

    /**
     * Imaging after acute trauma with a sign of a fracture: plain films of the spine after major trauma (ACOEM Tables
     * 8-1 and 12-1: a vehicle accident or a fall from a height is a red flag of a fracture), of the shoulder with a
     * deformity (ACOEM ch. 9, Table 9-1, red flags), an MRI of the wrist for snuffbox tenderness with normal first
     * films (ODG Forearm, Wrist & Hand, MRI: suspected acute scaphoid fracture). Supported in an acute injury; the same
     * history years later is no red flag.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-x-ray-lumbar-spine            | X-ray of the lumbar spine, 3 views | He fell from a scaffold and has midline lumbar tenderness.
            acoem-x-ray-cervical-thoracic-spine | C-spine x-rays                     | He was rear-ended in a motor vehicle accident and has neck pain.
            acoem-imaging-shoulder-plain-films  | X-ray of the right shoulder        | He fell on his right shoulder; there is a visible deformity and he cannot lift the arm.
            acoem-mri-forearm-wrist-hand        | MRI of the right wrist             | He fell on an outstretched hand; snuffbox tenderness persists and initial x-rays were negative.
            """)
    void imagingAfterAcuteTraumaWithASignOfAFracture(String ruleId, String description, String summary) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination acute = decide(summary, description, received.minusDays(3));
        ItemDetermination yearsLater = decide(summary, description, received.minusYears(3));

        assertThat(acute.ruleId()).isEqualTo(ruleId);
        assertThat(acute.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(yearsLater.ruleId()).isEqualTo(ruleId);
        assertThat(yearsLater.outcome()).isEqualTo(Outcome.UPHELD);
    }

    /**
     * Imaging by the red flags of its own region and the indications its guideline names: a spinal red flag (a foot
     * drop, myelopathy) is none for a joint of the limb, whose red flags are its own fracture, dislocation, tumor,
     * infection or neurovascular compromise (ACOEM chs. 9, 11, 13, 14, red flags); a CT of the head after head trauma
     * with loss of consciousness, amnesia or confusion (ODG Head, CT); flexion and extension films of a spondylolisthesis
     * when surgery is considered (ODG Low Back, flexion/extension imaging studies); an ultrasound of the shoulder by the
     * indications of its special studies (ACOEM ch. 9, pp. 207-208).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-mri-knee           | MRI of the left knee | Left knee pain; a dislocated patella with a suspected osteochondral fracture on x-ray. | UPHELD | OVERTURNED
            acoem-mri-knee           | MRI of the left knee | Left knee pain. Low back pain with an L5 radiculopathy and a left foot drop. | UPHELD | UPHELD
            acoem-mri-cervical-spine | MRI of the cervical spine | Neck pain persisted despite 6 weeks of PT. Positive Phalen's and Tinel's at the left wrist. | UPHELD | UPHELD
            acoem-mri-cervical-spine | MRI of the cervical spine | Neck pain persisted despite 6 weeks of PT. Positive Spurling's on the left with diminished sensation over the left thumb. | UPHELD | OVERTURNED
            odg-imaging-head         | CT scan of the head  | He fell from a ladder, struck his head and lost consciousness; he is confused. | UPHELD | OVERTURNED
            odg-flexion-extension-imaging-lumbar | Flexion-extension x-rays of the lumbar spine | A grade 1 spondylolisthesis at L4-5; he is being considered for a fusion. | UPHELD | OVERTURNED
            acoem-mri-shoulder       | Ultrasound of the right shoulder | A full-thickness rotator cuff tear; weakness persists after three months of therapy and an injection. | UPHELD | OVERTURNED
            """)
    void imagingByTheRedFlagsOfItsRegionAndItsOwnIndications(String ruleId, String description, String summary,
            Outcome chronic, Outcome acute) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        ItemDetermination acuteItem = decide(summary, description, received.minusDays(3));

        assertThat(acuteItem.ruleId()).isEqualTo(ruleId);
        assertThat(acuteItem.outcome()).isEqualTo(acute);
        assertThat(decide(UNDOCUMENTED, description, received.minusYears(3)).outcome()).isEqualTo(chronic);
    }

    /**
     * Services of the families the progress notes word in their own style ("pt", "c/o", "s/p", "w/ meds", brand
     * names), each decided by the section of the guideline that governs it: carisoprodol (MTUS Chronic Pain, page 29:
     * not recommended), glucosamine (page 50: moderate arthritis pain, especially of the knee), shock wave therapy of
     * the shoulder (ODG Shoulder: calcifying tendinitis after six months of standard treatment) and of the heel (ODG
     * Ankle & Foot: chronic plantar fasciitis), foot orthotics (ACOEM ch. 14, page 371: plantar fasciitis and
     * metatarsalgia), continuous passive motion (ODG Shoulder: adhesive capsulitis; ODG Knee & Leg: after surgery),
     * a walking aid for a worker who cannot bear full weight (ODG Knee & Leg, DME), a one-month TENS trial (MTUS
     * Chronic Pain, page 116: pain of three months or more, other modalities failed), buprenorphine for opiate
     * addiction (page 26), detoxification (page 42), continued opioids with pain scores with and without the
     * medications, a medial branch block for non-radicular facet pain (ACOEM ch. 12), a first short course of a
     * hypnotic; interferential stimulation (MTUS Chronic Pain, pages 118-120: a one-month trial when medications fail
     * or are not tolerated, a purchase after the trial's gains), homemaker services and personal care (page 51: no
     * medical treatment), compression garments (ODG Knee & Leg: after surgery, for edema or venous disease), topical
     * products with an ingredient the MTUS does not recommend topically (pages 111-113), massage with a home exercise
     * program (page 60), bathroom equipment after a recent surgery of the lower limb (ODG Knee & Leg, DME), a
     * thumb spica splint for De Quervain's (ACOEM ch. 11, initial care), a boot or brace for an acute fracture,
     * occipital nerve blocks (ODG Head: under study), a testosterone level (MTUS Chronic Pain, page 110: a man on
     * long-term opioids with signs of hypogonadism), capsaicin alone (pages 111-113: after other treatments failed
     * or were not tolerated; a combination product such as Medrox stays with the topical analgesics rule), a
     * fentanyl patch started in a worker not on opioids (page 44: not first-line), the plan to start one being no
     * current use;
     * {@code days} is the injury's age when the application was received.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mtus-chronic-pain-carisoprodol | Carisoprodol 350 mg #60 | Acute flare-up of chronic low back pain with paraspinal spasm. | 900 | UPHELD
            mtus-chronic-pain-carisoprodol | Soma 250mg #30 | Pt uses Soma PRN for muscle spasm of the low back. | 600 | UPHELD
            mtus-chronic-pain-glucosamine | Glucosamine sulfate 500mg #90 | Dx: moderate osteoarthritis of the right knee confirmed on x-ray; pt c/o knee pain with walking. | 900 | OVERTURNED
            mtus-chronic-pain-glucosamine | Cosamin DS #90 | Bilateral knee DJD per x-rays, moderate pain with stairs. | 700 | OVERTURNED
            mtus-chronic-pain-glucosamine | Glucosamine chondroitin | Chronic low back pain, no arthritis of the knee. | 900 | UPHELD
            odg-shock-wave-therapy-shoulder | ESWT right shoulder x3 | Right shoulder calcifying tendinitis seen on x-ray; pain despite 6 months of conservative care including rest, ice, NSAIDs, PT and a cortisone injection. | 400 | OVERTURNED
            odg-shock-wave-therapy-shoulder | Extracorporeal shockwave therapy, L shoulder, 3 sessions | Calcific tendonitis of the left supraspinatus on x-ray; failed PT, NSAIDs and a subacromial injection over 6 months. | 500 | OVERTURNED
            odg-shock-wave-therapy-shoulder | Shockwave therapy, R shoulder, 3 sessions | Right shoulder impingement; PT did not help. | 400 | UPHELD
            odg-manipulation-under-anesthesia-shoulder | Left shoulder manipulation under general anesthesia | Frozen shoulder; abduction still stops at 80 degrees after physical therapy, home stretching and an intra-articular steroid injection did not help. | 210 | OVERTURNED
            odg-manipulation-under-anesthesia-shoulder | Left shoulder manipulation under general anesthesia | Frozen shoulder; abduction still stops at 80 degrees after physical therapy, home stretching and an intra-articular steroid injection did not help. | 45 | UPHELD
            odg-manipulation-under-anesthesia-shoulder | MUA, R shoulder | R shoulder adhesive capsulitis, refractory to PT x 18 and a glenohumeral CSI; flexion 90, abduction 70. | 160 | OVERTURNED
            odg-manipulation-under-anesthesia-shoulder | MUA, R shoulder | R shoulder adhesive capsulitis; PT x 2 so far, improving. | 160 | UPHELD
            odg-manipulation-under-anesthesia-shoulder | MUA, R shoulder | R shoulder impingement, refractory to PT x 18 and a subacromial CSI. | 160 | UPHELD
            odg-shock-wave-therapy-plantar-fasciitis | ESWT L foot x3 | Chronic plantar fasciitis of the L heel for more than 6 months despite stretching, orthotics, NSAIDs and a steroid injection. | 400 | OVERTURNED
            odg-shock-wave-therapy-plantar-fasciitis | ESWT L foot x3 | Left ankle sprain, still sore. | 400 | UPHELD
            acoem-foot-orthotics | Custom orthotics, bilateral feet | Dx: bilateral plantar fasciitis; c/o heel pain with first steps in the morning, tender at the plantar fascia insertion; failed stretching and NSAIDs x 8 weeks. | 200 | OVERTURNED
            acoem-foot-orthotics | Orthotic shoe inserts | Pt with metatarsalgia of the right forefoot c/o pain with walking. | 300 | OVERTURNED
            acoem-foot-orthotics | Shoe inserts | Chronic low back pain; shoe insoles requested to prevent back pain. | 700 | UPHELD
            odg-continuous-passive-motion-shoulder | CPM, left shoulder, 4 weeks | Left frozen shoulder (adhesive capsulitis), forward flexion limited to 90 degrees despite PT. | 300 | OVERTURNED
            odg-continuous-passive-motion-shoulder | CPM machine rental x 21 days, right shoulder | Pt s/p right shoulder arthroscopic subacromial decompression. | 120 | UPHELD
            odg-continuous-passive-motion-knee | CPM unit rental, right knee, 14 days | Right total knee arthroplasty is authorized and scheduled for next month. | 600 | OVERTURNED
            odg-continuous-passive-motion-knee | CPM knee x 30 days | Chronic knee pain, no surgery. | 600 | UPHELD
            odg-walking-aids | Single point cane | Pt with right knee osteoarthritis has an antalgic gait and difficulty walking more than one block; unable to bear full weight on the right leg. | 800 | OVERTURNED
            odg-walking-aids-lower-limb-surgery | Front wheeled walker | Pt is s/p R hip fracture ORIF, unable to bear full weight on the right leg. | 60 | OVERTURNED
            mtus-antiemetics | Zofran 4 mg #10 | Nausea and vomiting after his shoulder arthroscopy yesterday; post-operative day 1. | 200 | OVERTURNED
            mtus-antiemetics | Ondansetron ODT 8 mg #30 | He has nausea from the Norco he takes for chronic back pain. | 1000 | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Gabapentin 600 mg #90 | Radiculopathy with L5 numbness. He has taken gabapentin since 2015; it decreases his burning leg pain by half and he walks further. | 900 | OVERTURNED
            mtus-chronic-pain-antiepilepsy-drugs | Gabapentin 600 mg #90 | Radiculopathy with L5 numbness. Meds: Norco, gabapentin. Norco reduces his pain from 8/10 to 4/10 and lets him walk 30 minutes. | 900 | UPHELD
            mtus-chronic-pain-nsaids | Naproxen 550 mg #60 | Knee osteoarthritis. Meds: naproxen, tramadol. The tramadol reduces pain from 7 to 3. | 900 | UPHELD
            mtus-chronic-pain-antidepressants | Cymbalta 60 mg #30 | Chronic low back pain with depression. On Cymbalta since 2015; it improved her mood and lets her do housework. | 800 | OVERTURNED
            mtus-chronic-pain-exercise | Home exercise program instruction | Chronic low back pain. | 900 | OVERTURNED
            odg-triptans | Sumatriptan 50 mg #9 | Post-traumatic migraine headaches diagnosed by the neurologist. | 300 | OVERTURNED
            odg-triptans | Maxalt 10 mg #12 | Tension-type headaches with neck pain. | 300 | UPHELD
            acoem-referral-for-consultation | Ophthalmology consultation | Struck in the eye by a metal fragment at work; blurred vision since. | 10 | OVERTURNED
            acoem-referral-for-consultation | Consult with a dentist | He broke two teeth when he fell from the ladder last month. | 30 | OVERTURNED
            mtus-chronic-pain-tens | X-Force stimulator | Chronic knee pain; no trial of a TENS unit. | 900 | UPHELD
            acoem-knee-brace | Hinged knee brace, left | MRI shows an ACL tear of the left knee; it gives way on stairs. | 60 | OVERTURNED
            acoem-knee-brace | Unloader brace for the right knee | Painful medial compartment osteoarthritis of the right knee despite PT and injections. | 900 | OVERTURNED
            acoem-knee-brace | Knee brace | Chronic knee pain; the knee is stable and she does not stress it under load. | 900 | UPHELD
            acoem-knee-brace | Hinged knee brace, left | L knee locking and giving way; MRI: medial meniscus tear; Lachman neg; L knee scope w/ PMM authorized. | 200 | UPHELD
            acoem-knee-brace | Post-op hinged knee brace, left | L ACL reconstruction scheduled, auth'd. | 200 | OVERTURNED
            acoem-knee-brace | Post-op knee brace | Approved R knee scope w/ PMM and chondroplasty 1/5/17. | 200 | UPHELD
            acoem-knee-brace | Hinged knee brace R | s/p R ACL recon 11/28/16, POD#40, ambulating w/ crutches. | 200 | OVERTURNED
            mtus-chronic-pain-office-visits-specialist-evaluation | Ortho surgery consult, R knee | R knee locked in flexion since the fall 5 days ago, unable to fully extend; MRI: displaced bucket handle tear of the medial meniscus. | 6 | OVERTURNED
            mtus-chronic-pain-office-visits-specialist-evaluation | Ortho consult R knee | R knee ache after kneeling, full ROM, no effusion, McMurray neg; started PT 1 week ago. | 20 | UPHELD
            acoem-surgery-knee | Right knee arthroscopy with partial medial meniscectomy | R knee locked since a twisting injury 1 week ago; cannot extend past 20 degrees; MRI: displaced bucket-handle tear of the medial meniscus. | 8 | OVERTURNED
            acoem-surgery-knee | Right knee arthroscopic partial meniscectomy | R knee pain for 3 weeks; MRI: small radial tear of the medial meniscus; no locking; no PT yet. | 21 | UPHELD
            mtus-postsurgical-physical-medicine | Additional post-op PT x 6 R shoulder | s/p R RCR 9/2016, completed 12 post-op PT; no improvement in ROM or strength documented. | 300 | UPHELD
            mtus-postsurgical-physical-medicine | Additional post-op PT x 6 R shoulder | s/p R RCR 9/2016, completed 12 post-op PT; flexion improved from 90 to 140 degrees, now able to dress and drive. | 300 | OVERTURNED
            mtus-postsurgical-physical-medicine | Post-op PT 2x3 L knee | Approved L knee scope w/ PMM 12/20/16. | 200 | OVERTURNED
            odg-walking-aids-lower-limb-surgery | Crutches | L knee scope w/ PMM authorized for 1/4/17. | 200 | OVERTURNED
            odg-venous-thrombosis-pneumatic-compression | DVT compression device | R CTR scheduled, authorized; healthy 40 y/o. | 200 | UPHELD
            odg-venous-thrombosis-pneumatic-compression | Post-op sequential compression device x 14 days | The requested left total knee arthroplasty was certified; 68-year-old. | 900 | OVERTURNED
            odg-hospital-length-of-stay | Inpatient stay x 3 days | R shoulder scope w/ SAD authorized; outpatient procedure. | 300 | UPHELD
            acoem-surgery-shoulder | R shoulder scope w/ SAD | + Hawkins R, painful arc x 6 mos; s/p PT x 16 and R subacromial CSI x 2; still c/o night pain and pain w/ overhead work. | 200 | OVERTURNED
            acoem-surgery-low-back | L3-4, L4-5 laminectomy | Neurogenic claudication; walks 1 block; MRI: severe central stenosis L3-4, L4-5; failed PT, ESI x 2, meds over 9 months. | 500 | OVERTURNED
            acoem-surgery-low-back | Lumbar laminectomy L4-5 | Neurogenic claudication; MRI: moderate L4-5 central stenosis; no treatment yet. | 60 | UPHELD
            mtus-postsurgical-physical-medicine | Post-op PT x 6 R knee | s/p R knee scope w/ PMM 3/2016; no PT since; chronic knee pain. | 400 | UPHELD
            mtus-postsurgical-physical-medicine | Post-op PT x 6 R knee | POD#10 s/p R knee scope w/ PMM; quad weakness, effusion. | 200 | OVERTURNED
            odg-continuous-passive-motion-knee | CPM x 14 days, right knee | s/p R knee scope w/ PMM 1/3/17; full ROM, WBAT. | 200 | UPHELD
            odg-continuous-passive-motion-knee | CPM x 10 days, left knee | The requested left total knee replacement was certified. | 700 | OVERTURNED
            mtus-opioids-after-recent-surgery | Percocet 5/325 #60 | POD#3 s/p R shoulder scope w/ RCR; pain 8/10. | 300 | OVERTURNED
            acoem-surgery-shoulder | Right shoulder arthroscopic subacromial decompression | R shoulder impingement for 5 months; positive Neer and Hawkins; completed 12 PT sessions; a subacromial injection is requested; she still has pain with overhead reaching. | 150 | UPHELD
            acoem-surgery-shoulder | Right shoulder arthroscopic subacromial decompression | R shoulder impingement for 6 weeks; positive Neer and Hawkins; 6 PT sessions and a subacromial cortisone injection; still has pain. | 42 | UPHELD
            odg-hospital-length-of-stay | Inpatient hospital stay x 1 day | Right shoulder arthroscopy with rotator cuff repair approved, to be done at the ambulatory surgery center. | 300 | UPHELD
            odg-hospital-length-of-stay | Inpatient stay x 2 days | L5-S1 instrumented fusion was certified; the surgery will be done as an inpatient. | 500 | OVERTURNED
            mtus-postsurgical-physical-medicine | Post-operative PT x 12 | The requested right shoulder arthroscopy with subacromial decompression was not found medically necessary. | 300 | UPHELD
            odg-bone-growth-stimulator | Bone growth stimulator | An L4-S1 fusion of two levels is scheduled; he smokes a pack a day. | 300 | OVERTURNED
            odg-bone-growth-stimulator | Exogen bone stimulator | The radius fracture has not healed four months after the fall. | 120 | OVERTURNED
            odg-bone-growth-stimulator | Bone growth stimulator | The distal radius fracture is healing normally on x-rays at six weeks. | 42 | UPHELD
            odg-cervical-home-traction | Home cervical traction unit | Neck pain radiates to the right hand with numbness in the C6 dermatome; traction helped in PT. | 300 | OVERTURNED
            odg-cervical-home-traction | Over-the-door traction, cervical | Axial neck pain without radiation. | 300 | UPHELD
            acoem-elbow-brace | Counterforce strap, R elbow | Lateral epicondylitis of the right elbow for six weeks. | 42 | OVERTURNED
            odg-bathroom-equipment | Shower chair | She had a right total hip replacement three weeks ago and must keep hip precautions. | 21 | OVERTURNED
            odg-walking-aids-lower-limb-surgery | Crutches | He is scheduled for a right knee arthroscopy; the crutches are for use after the surgery. | 100 | OVERTURNED
            odg-walking-aids-lower-limb-surgery | Front-wheeled walker | She had a left total knee arthroplasty on 12/10/2016 and is unsteady. | 40 | OVERTURNED
            odg-walking-aids | Single point cane | Chronic neck pain. He had a right knee arthroscopy in 2010 and walks without assistance. | 1500 | UPHELD
            mtus-preoperative-medical-clearance | Pre-op medical clearance | Chronic low back pain. He had a lumbar discectomy in 2012; no surgery is planned now. | 1500 | UPHELD
            mtus-chronic-pain-tens-trial | TENS unit, 30-day home trial | Chronic neuropathic pain of the right leg for more than 3 months from lumbar radiculopathy; failed PT, NSAIDs and gabapentin. TENS to be used as an adjunct to the home exercise program with functional restoration. | 500 | OVERTURNED
            mtus-chronic-pain-tens-trial | TENS unit rental, 1 month trial | Low back pain since 2014 despite PT, meds and chiro. | 800 | OVERTURNED
            mtus-chronic-pain-tens-trial | TENS unit rental, 1 month trial | Low back pain for 3 weeks after lifting. | 20 | UPHELD
            mtus-chronic-pain-buprenorphine-opiate-addiction | Suboxone 8mg/2mg #60 | Pt with opioid dependence (opioid use disorder) after long-term Norco; completed detox; Suboxone for opioid addiction treatment with monthly urine drug screens consistent. | 1200 | OVERTURNED
            mtus-chronic-pain-buprenorphine-opiate-addiction | Subutex 8 mg #30 | History of opiate dependence; maintained on Subutex through addiction medicine; UDS consistent. | 1500 | OVERTURNED
            mtus-opioids-chronic-maintenance | Butrans patch 10mcg/hr #4 | Pt on Butrans for chronic low back pain; pain 8/10, no change in function documented; no UDS or CURES report on file. | 1200 | UPHELD
            mtus-chronic-pain-detoxification | Opioid detoxification program, outpatient | Pt on high-dose opioids (MED 240 mg/day) for 4 years without functional improvement; signs of tolerance and dependence; pt wishes to taper off. | 1500 | OVERTURNED
            mtus-chronic-pain-detoxification | Opioid weaning program | Pt on Norco and OxyContin for 5 yrs with intolerable side effects (sedation, constipation). | 1500 | OVERTURNED
            mtus-chronic-pain-detoxification | Detox program | Chronic low back pain; he takes ibuprofen only. | 700 | UPHELD
            mtus-opioids-chronic-maintenance | MS Contin 30 mg #60 | Chronic low back pain on MS Contin BID. VAS 8/10 w/o meds, 4/10 w/ meds; with meds pt able to walk 1 mile, do household chores and work modified duty. No side effects. UDS 10/2016 consistent; CURES reviewed; signed pain contract; no aberrant behavior. | 1500 | OVERTURNED
            mtus-opioids-chronic-maintenance | Percocet 10/325 #120 | Current meds: Percocet 10/325 QID. Pain 9/10 w/o meds and 5/10 w/ meds. Able to do ADLs and walk the dog w/ meds. UDS consistent 11/2016, CURES ok, no side effects. | 800 | OVERTURNED
            mtus-opioids-chronic-maintenance | Butrans 10 mcg/hr patch, 4 patches | Pt was switched from Norco to Butrans last month due to GI side effects; pain relief 40% and now able to garden; UDS consistent; CURES reviewed. | 1200 | OVERTURNED
            mtus-chronic-pain-duragesic-start | Fentanyl 12 mcg/hr patch #10 | Pt with chronic low back pain; no prior opioids; pain 8/10. Plan to start Duragesic. | 700 | UPHELD
            mtus-chronic-pain-duragesic-start | Duragesic 25 mcg/hr #10 | Chronic neck pain; ibuprofen and acetaminophen failed; will start Duragesic; baseline UDS negative, opioid agreement signed. | 700 | UPHELD
            mtus-opioids-chronic-maintenance | Fentanyl patch 25mcg/hr #15 | Chronic neck pain; pt started on Duragesic last month; pain 7/10; no documentation of function, side effects or drug screens. | 1500 | UPHELD
            acoem-facet-injection | Lumbar medial branch block L4-5, L5-S1 bilateral | Axial low back pain, non-radicular, worse with extension and rotation; facet tenderness; neuro exam normal, SLR negative; failed PT, NSAIDs and HEP x 3 months. | 500 | OVERTURNED
            acoem-facet-injection | Medial branch blocks bilateral L3-L5 | LBP non-radiating, paravertebral tenderness over the facets bilaterally; sensory exam normal; SLR negative; PT and NSAIDs did not help. | 500 | OVERTURNED
            acoem-facet-injection | Medial branch block L3-4, L4-5, L5-S1 | Low back pain radiating down the left leg to the foot with numbness; positive SLR on the left; MRI shows L5-S1 disc herniation. | 500 | UPHELD
            mtus-interferential-current-stimulation-trial | Interferential unit, 30-day rental | Chronic low back pain with radiation; pain ineffectively controlled with medications due to side effects (GI upset with NSAIDs, sedation with opioids); IF unit to be used with PT and HEP. | 600 | OVERTURNED
            mtus-interferential-current-stimulation-trial | Interferential unit rental x 30 days | He presented with an acute flare up. He performs a home exercise program daily. | 600 | UPHELD
            mtus-interferential-current-stimulation | IF unit purchase | Pt has chronic neck pain; no trial of the unit documented. | 600 | UPHELD
            mtus-home-health-homemaker-services | Home health aide 4 hrs/day for bathing, dressing and meal prep | Pt s/p L TKA on 12/15/2016, homebound; needs help with personal care only. | 400 | UPHELD
            mtus-home-health-homemaker-services | Home health aide 4 hrs/day x 5 days/wk for cleaning, cooking and laundry | Pt with chronic low back pain lives alone and needs help with housework; she drives to her appointments. | 900 | UPHELD
            mtus-home-health-services | Home health nursing visits 2x/wk x 2 wks for wound care | Pt is s/p right total knee arthroplasty on 12/20/2016; homebound, unable to leave home without considerable effort; incision requires dressing changes. | 400 | OVERTURNED
            odg-compression-garments | Compression stockings, bilateral | Pt s/p R TKA on 12/20/2016; compression stockings for DVT prophylaxis post-op. | 400 | OVERTURNED
            odg-compression-garments | Compression stockings | Chronic low back pain; no edema, no venous insufficiency, no surgery. | 700 | UPHELD
            mtus-chronic-pain-topical-analgesics-non-recommended-ingredient | Ketoprofen/gabapentin/lidocaine cream | Neuropathic pain of the leg; failed gabapentin and amitriptyline. | 800 | UPHELD
            mtus-chronic-pain-topical-analgesics-non-recommended-ingredient | Lidocaine 5% ointment | Neuropathic pain of the right thigh; failed gabapentin and amitriptyline. | 800 | UPHELD
            mtus-chronic-pain-topical-analgesics-non-recommended-ingredient | Compound cream: cyclobenzaprine 10%, gabapentin 10% 120 g | Chronic neck and shoulder pain. | 600 | UPHELD
            mtus-chronic-pain-salicylate-topicals | Menthoderm gel 240gm | Chronic lumbar spine pain. | 700 | OVERTURNED
            mtus-chronic-pain-topical-analgesics | Biofreeze gel 240gm | Chronic lumbar spine pain. | 700 | UPHELD
            mtus-chronic-pain-topical-capsaicin | Capsaicin 0.025% cream, 60 g | Neuropathic pain of the right foot; failed gabapentin and amitriptyline. | 700 | OVERTURNED
            mtus-chronic-pain-topical-capsaicin | Capsaicin 0.025% cream | Pt with chronic neck pain; intolerant to oral NSAIDs (GI upset) and did not respond to gabapentin, amitriptyline or PT. | 700 | OVERTURNED
            mtus-chronic-pain-topical-capsaicin | Capsaicin 0.025% cream #1 | Chronic knee pain; no other treatment tried yet. | 300 | UPHELD
            mtus-chronic-pain-topical-analgesics | Medrox patch #30 | Chronic low back pain; failed PT and NSAIDs. | 900 | UPHELD
            mtus-massage-therapy | Massage therapy 1x/wk x 4 wks, cervical | Pt is doing a HEP daily (stretching, walking). | 500 | OVERTURNED
            odg-bathroom-equipment | Shower chair | Pt s/p L TKA on 12/20/2016; unable to stand in the shower safely; PT recommends a shower chair. | 400 | OVERTURNED
            odg-bathroom-equipment | Raised toilet seat | Pt s/p R total hip replacement on 12/20/2016 with hip precautions. | 400 | OVERTURNED
            odg-bathroom-equipment | Shower chair | Pt with chronic low back pain is independent with bathing; requests shower chair for convenience. | 900 | UPHELD
            acoem-wrist-splint | Thumb spica splint, right | De Quervain's tenosynovitis of the right wrist; positive Finkelstein's test; pain with thumb motion. | 60 | OVERTURNED
            acoem-wrist-splint | Wrist brace | Chronic wrist pain, normal exam, no CTS, no tendinitis. | 800 | UPHELD
            odg-walking-boot | CAM walker boot, right foot | Nondisplaced 5th metatarsal fracture of the right foot on x-ray 1 week ago. | 7 | OVERTURNED
            odg-walking-boot | Walking boot, left ankle | Mild inversion sprain of the left ankle two days ago; she walks without help. | 2 | UPHELD
            odg-walking-boot | CAM boot, right ankle | A grade III sprain of the right ankle yesterday; he cannot bear weight and the films show no fracture. | 1 | OVERTURNED
            odg-walking-boot | Tall CAM walker | Complete rupture of the right Achilles tendon playing softball at the company picnic; treated without surgery. | 5 | OVERTURNED
            acoem-lumbar-supports | LSO brace | Pt with acute L1 compression fracture after a fall 2 weeks ago. | 14 | UPHELD
            odg-greater-occipital-nerve-block | GONB bilateral | Chronic headaches. | 900 | UPHELD
            odg-greater-occipital-nerve-block | Greater occipital nerve block, left | Left occipital neuralgia with shooting pain; failed gabapentin and PT. | 900 | UPHELD
            mtus-testosterone-level-opioid-hypogonadism | Serum testosterone level | Pt on high-dose long-term opioids (MED 180 mg/day, OxyContin and Norco for 4 yrs) with fatigue, low libido and erectile dysfunction. | 1500 | OVERTURNED
            mtus-testosterone-level-opioid-hypogonadism | Testosterone level | Chronic LBP on ibuprofen; no opioids; fatigue. | 900 | UPHELD
            acoem-facet-neurotomy | Radiofrequency neurotomy L3-4 L4-5 left | Pt had diagnostic MBBs at left L3-4 and L4-5 on 6/14/2016 with 85% relief of axial back pain for the duration of the anesthetic; non-radicular, neuro exam intact. | 900 | OVERTURNED
            acoem-facet-neurotomy | Cervical RF neurotomy C4-5 and C5-6 | Diagnostic cervical medial branch blocks at C4-5 and C5-6 gave greater than 75% relief of neck pain; no arm symptoms. | 1000 | OVERTURNED
            acoem-facet-neurotomy | Cervical RF neurotomy C4-5 and C5-6 | Cervical medial branch blocks are planned at C4-5 and C5-6 before any neurotomy; no arm symptoms. | 1000 | UPHELD
            acoem-epidural-steroid-injection | TFESI left L5-S1 | Pt c/o L leg pain to the foot; EHL weakness 4/5 on the L and absent L Achilles reflex; NCV/EMG of 3/4/2016 showed acute left S1 radiculopathy; failed PT and NSAIDs. | 700 | OVERTURNED
            acoem-epidural-steroid-injection | TFESI left L5-S1 | Pt c/o L leg pain to the foot; EHL weakness 4/5 on the L; EMG/NCV ordered to evaluate for radiculopathy; failed PT and NSAIDs. | 700 | UPHELD
            acoem-shoulder-corticosteroid-injection | Repeat subacromial steroid injection, L shoulder | The L shoulder subacromial steroid injection of 5/2016 gave 75% relief for four months, and she progressed with her exercises. | 300 | OVERTURNED
            acoem-shoulder-corticosteroid-injection | Repeat subacromial steroid injection, L shoulder | The L shoulder subacromial steroid injection of 5/2016 gave relief for two days. | 300 | UPHELD
            odg-sacroiliac-joint-blocks | R SI joint inj under fluoro | Pt c/o R buttock and posterior thigh pain; 3 out of 5 SI provocation tests positive on the R (thigh thrust, compression, Gaenslen's); 6 wks PT, HEP and naproxen without relief. | 800 | OVERTURNED
            odg-sacroiliac-joint-blocks | R SI joint inj under fluoro | Pt c/o low back pain; tender over the R sacroiliac joint; 6 wks PT, HEP and naproxen without relief. | 800 | UPHELD
            acoem-epidural-steroid-injection | Repeat L5-S1 TFESI, right | He had a right L5-S1 transforaminal epidural on 4/11/2016. He reports about 60% relief for 2 months and now takes tramadol once a day instead of three times. Decreased sensation persists in the right S1 dermatome; MRI shows an L5-S1 HNP compressing the right S1 root. | 700 | OVERTURNED
            acoem-epidural-steroid-injection | Repeat L5-S1 TFESI, right | He had a right L5-S1 transforaminal epidural on 4/11/2016. His medications give him about 60% relief. Decreased sensation persists in the right S1 dermatome; MRI shows an L5-S1 HNP compressing the right S1 root. | 700 | UPHELD
            acoem-epidural-steroid-injection | Caudal ESI | Dx: right S1 radiculopathy corroborated by the 2015 studies; absent R ankle jerk; PT x 12 and gabapentin failed. | 600 | OVERTURNED
            acoem-epidural-steroid-injection | Caudal ESI | Dx: right S1 radiculopathy, to be corroborated by MRI; absent R ankle jerk; PT x 12 and gabapentin failed. | 600 | UPHELD
            acoem-surgery-knee | R knee scope, partial medial meniscectomy | Pt is 28; knee twisted at work 5 wks ago; since then the knee has been locked in 20 degrees of flexion; MRI: displaced bucket-handle tear of the medial meniscus. | 35 | OVERTURNED
            acoem-surgery-knee | R knee scope, partial medial meniscectomy | Pt is 28; knee twisted at work 5 wks ago; medial knee pain with stairs; MRI: grade 2 signal in the posterior horn, no tear. | 35 | UPHELD
            acoem-surgery-shoulder | L shoulder arthroscopy, RCR | MRI: high-grade partial thickness rotator cuff tear of the supraspinatus; weakness of elevation 4/5; pain persists after 4 months of PT, naproxen and a subacromial injection. | 250 | OVERTURNED
            acoem-surgery-shoulder | L shoulder arthroscopy, RCR | MRI: supraspinatus tendinosis without a tear; pain with overhead work; PT started 2 weeks ago. | 250 | UPHELD
            acoem-epidural-steroid-injection-interlaminar | Interlaminar ESI L4-5 | Leg pain with walking; L4-5 lateral recess stenosis on the MRI of 2/2016 with decreased L5 pinprick on the left; 8 PT visits and meloxicam did not help. | 800 | OVERTURNED
            acoem-epidural-steroid-injection-interlaminar | Interlaminar ESI L4-5 | Back pain with walking; L4-5 central canal stenosis on the MRI of 2/2016; sensation and strength intact; 8 PT visits and meloxicam did not help. | 800 | UPHELD
            mtus-trigger-point-injections | TPI x 4, cervical paraspinals and trapezius | Neck pain since 2014; taut bands in the L trapezius with a local twitch response and referred pain to the scapula; Flexeril, ibuprofen, stretching and 12 PT visits failed; no radiculopathy. | 900 | OVERTURNED
            mtus-trigger-point-injections | TPI x 4, cervical paraspinals and trapezius | Neck pain since 2014; taut bands in the L trapezius with a local twitch response and referred pain to the scapula; Flexeril, ibuprofen, stretching and 12 PT visits failed; EMG shows a left C6 radiculopathy. | 900 | UPHELD
            mtus-trigger-point-injections | TPI x 6, bilateral trapezius and rhomboids | Neck pain since 2014; taut bands in the trapezius with a local twitch response and referred pain to the scapula; Flexeril, ibuprofen, stretching and 12 PT visits failed; no radiculopathy. | 900 | UPHELD
            mtus-trigger-point-injections | TPI x3 lumbar paraspinals | Myofascial LBP x 1 yr; trigger points w/ twitch and referred pain; failed PT, NSAIDs, Skelaxin; no radic sx. | 400 | OVERTURNED
            mtus-trigger-point-injections | TPI x3 lumbar paraspinals | Myofascial LBP x 1 yr; trigger points, no twitch, no referred pain; failed PT, NSAIDs, Skelaxin; no radic sx. | 400 | UPHELD
            mtus-trigger-point-injections | Repeat TPI x3 lumbar paraspinals | Myofascial LBP x 1 yr; trigger points w/ twitch and referred pain; failed PT, NSAIDs, Skelaxin; no radic sx. Prior TPIs gave 30% relief x 2 wks. | 400 | UPHELD
            mtus-trigger-point-injections | Repeat TPI x3 lumbar paraspinals | Myofascial LBP x 1 yr; trigger points w/ twitch and referred pain; failed PT, NSAIDs, Skelaxin; no radic sx. Prior TPIs gave 70% relief for 8 weeks, back to full duty. | 400 | OVERTURNED
            mtus-trigger-point-injections | Trigger point injections, trapezius | Neck pain since 2014; trigger points with a twitch response and referred pain; stretching, PT and NSAIDs failed; no radiculopathy. The last trigger point injections gave only a few days of relief. | 900 | UPHELD
            odg-sacroiliac-joint-blocks | R SI joint inj under fluoro | Pt c/o R buttock pain; 2 positive SI provocation tests on the R (thigh thrust, Gaenslen's); 6 wks PT, HEP and naproxen without relief. | 800 | UPHELD
            odg-sacroiliac-joint-blocks | R SI joint inj under fluoro | Pt c/o R buttock pain; 3 out of 5 SI provocation tests positive on the R (thigh thrust, compression, Gaenslen's); EMG shows a R S1 radiculopathy; 6 wks PT, HEP and naproxen without relief. | 800 | UPHELD
            acoem-facet-neurotomy | RF neurotomy R L4-5, L5-S1 | Comparative MBBs at R L4-5 and L5-S1 each gave about 40% relief; axial LBP without radiation. | 900 | UPHELD
            acoem-facet-neurotomy | RF neurotomy R L4-5, L5-S1 | Comparative MBBs at R L4-5 and L5-S1 each gave about 90% relief; axial LBP without radiation. | 900 | OVERTURNED
            acoem-facet-neurotomy | Repeat radiofrequency neurotomy L3-4, L4-5 | S/p radiofrequency neurotomy L3-4 and L4-5 in 2/2015 with 70% relief for 8 months, less Norco and return to full duty; the axial pain has returned, no leg symptoms. | 1300 | OVERTURNED
            acoem-facet-neurotomy | Repeat radiofrequency neurotomy L3-4, L4-5 | S/p radiofrequency neurotomy L3-4 and L4-5 in 2/2015; it helped for a few days. | 1300 | UPHELD
            acoem-lumbar-fusion | L4-5 PLIF with instrumentation | Degenerative anterolisthesis of L4 on L5 that moves 4 mm between flexion and extension films; leg pain with walking and decreased L5 sensation; 6 months of PT, NSAIDs and two ESIs without relief; psychologically cleared for surgery. | 1400 | OVERTURNED
            acoem-lumbar-fusion | L4-5 PLIF with instrumentation | Degenerative anterolisthesis of L4 on L5 that moves 4 mm between flexion and extension films; leg pain with walking and decreased L5 sensation; 6 months of PT, NSAIDs and two ESIs without relief. | 1400 | UPHELD
            acoem-lumbar-fusion | L4-5 PLIF with instrumentation | Disc degeneration at L4-5 without listhesis, stable on flexion and extension films; leg pain with decreased L5 sensation; 6 months of PT, NSAIDs and two ESIs without relief. | 1400 | UPHELD
            odg-surgical-assistant | Assistant surgeon, PA | Left trigger thumb release was certified and is set for next week. | 300 | UPHELD
            odg-surgical-assistant | Assistant surgeon, PA | Revision L5-S1 fusion for pseudarthrosis was certified and is set for next week. | 1300 | OVERTURNED
            odg-hospital-length-of-stay | Inpatient admission, 2 days | Certified R knee arthroscopic chondroplasty and partial meniscectomy next week. | 300 | UPHELD
            odg-hospital-length-of-stay | Inpatient admission, 2 days | Certified R total knee arthroplasty next week. | 900 | OVERTURNED
            odg-venous-thrombosis-prophylaxis | Enoxaparin 40 mg SC daily x 10 days | Pt is s/p ORIF of a right tibial plateau fracture; non weight bearing in a brace. | 30 | OVERTURNED
            odg-venous-thrombosis-prophylaxis | Enoxaparin 40 mg SC daily x 10 days | Pt is s/p right carpal tunnel release, walking without restriction. | 30 | UPHELD
            acoem-surgery-knee | L knee arthroscopy, partial medial meniscectomy and debridement | 61 y/o with L knee pain; standing films show end-stage medial compartment arthritis; MRI with a degenerative medial meniscal tear; failed PT, Mobic and a steroid injection. | 1100 | UPHELD
            acoem-surgery-knee | L knee arthroscopy, partial medial meniscectomy and debridement | 41 y/o with L knee catching and locking; MRI with a flap tear of the medial meniscus; mild joint space narrowing; failed PT, Mobic and a steroid injection. | 400 | OVERTURNED
            mtus-preoperative-medical-clearance | Medical clearance, internal medicine | Pt with IDDM and CAD is set for a L TKR on 1/20/2017. | 900 | OVERTURNED
            mtus-preoperative-medical-clearance | Medical clearance, internal medicine | Pt with IDDM and CAD has chronic L knee pain managed with a HEP. | 900 | UPHELD
            odg-biceps-tenodesis | Subpectoral tenodesis of the biceps, left | Pain over the bicipital groove since the fall last year; Speed's test is positive; the MR scan shows a partial tear of the long head of the biceps; six months of therapy, naproxen and a sheath injection failed. | 400 | OVERTURNED
            odg-biceps-tenodesis | Subpectoral tenodesis of the biceps, left | Pain over the bicipital groove since the fall last year; Speed's test is positive; the MR scan shows a partial tear of the long head of the biceps; six months of therapy, naproxen and a sheath injection failed. | 50 | UPHELD
            odg-biceps-tenodesis | Subpectoral tenodesis of the biceps, left | Shoulder pain since the fall last year; therapy and naproxen failed. | 400 | UPHELD
            odg-thoracic-outlet-syndrome-surgery | Right first rib resection | Neurogenic thoracic outlet syndrome with wasting of the thenar muscles and abnormal medial antebrachial cutaneous nerve conduction; 5 months of therapy failed. | 400 | OVERTURNED
            odg-thoracic-outlet-syndrome-surgery | Right first rib resection | Tingling of the arm when working overhead; the neurological examination and nerve studies are normal. | 400 | UPHELD
            odg-thoracic-outlet-syndrome-surgery | Right first rib resection | Neurogenic thoracic outlet syndrome with wasting of the thenar muscles and abnormal medial antebrachial cutaneous nerve conduction; 5 weeks of therapy failed. | 40 | UPHELD
            acoem-epidural-steroid-injection | TFESI L3-4, L4-5 and L5-S1, left | L leg pain in the L4 and L5 distributions; decreased L4 and L5 sensation on the L; MRI: L3-4 and L4-5 HNPs compressing the L L4 and L5 roots; failed PT and gabapentin. | 700 | UPHELD
            acoem-epidural-steroid-injection | TFESI L4-5 and L5-S1, left | L leg pain in the L4 and L5 distributions; decreased L4 and L5 sensation on the L; MRI: L3-4 and L4-5 HNPs compressing the L L4 and L5 roots; failed PT and gabapentin. | 700 | OVERTURNED
            acoem-elbow-corticosteroid-injection | Steroid injection, R lateral epicondyle | R tennis elbow x 3 mos; tender over the lateral epicondyle, pain with resisted wrist extension; counterforce strap, ibuprofen and stretching for 6 wks did not help. | 120 | OVERTURNED
            acoem-elbow-corticosteroid-injection | Steroid injection, R lateral epicondyle | R elbow pain, onset last week; starting a counterforce strap and ibuprofen. | 10 | UPHELD
            odg-knee-joint-replacement | L TKA | 63 yo F with L knee DJD, medial jt space obliterated on standing films, night pain, ROM 5-95; failed PT, NSAIDs, cortisone and Synvisc. | 1500 | OVERTURNED
            odg-knee-joint-replacement | L TKA | 38 yo F with L knee DJD, medial jt space obliterated on standing films, night pain, ROM 5-95; failed PT, NSAIDs, cortisone and Synvisc. | 1500 | UPHELD
            mtus-chronic-pain-sympathetic-blocks | R stellate ganglion block x1 | RSD of the R hand after a wrist fracture, with mottled skin, swelling and allodynia; the block is to let her progress in OT. | 250 | OVERTURNED
            mtus-chronic-pain-sympathetic-blocks | R stellate ganglion block x1 | Chronic R shoulder and neck pain after a lifting injury; no swelling or color change. | 250 | UPHELD
            acoem-injections-family-default | Genicular nerve block, R knee | R knee OA; failed PT. | 800 | UPHELD
            mtus-chronic-pain-implantable-drug-delivery-trial | Intrathecal morphine trial | Low back pain despite therapy, injections and two surgeries; a psychological evaluation cleared her for the trial. | 1100 | OVERTURNED
            mtus-chronic-pain-implantable-drug-delivery-trial | Intrathecal morphine trial | Low back pain despite therapy, injections and two surgeries; a psychological evaluation is pending. | 1100 | UPHELD
            mtus-chronic-pain-implantable-drug-delivery-trial | Intrathecal morphine trial | Low back pain despite therapy and an injection; a psychological evaluation cleared her for the trial. | 120 | UPHELD
            mtus-insomnia-treatment | Zolpidem 5 mg #10 | New c/o insomnia for 3 weeks due to pain: difficulty falling asleep (sleep onset ~2 hrs), wakes 3x/night, daytime fatigue. Sleep hygiene counseling given, no caffeine after noon; short course of zolpidem for 10 days. | 300 | OVERTURNED
            odg-preoperative-testing | Pre-op CBC, BMP | 28 y/o, healthy, no meds. Scheduled for L trigger thumb release on 1/20/2017. | 200 | UPHELD
            odg-preoperative-testing | Pre-op labs: CBC, BMP | 44 y/o F, takes ibuprofen 800 tid; L knee scope w/ PMM auth'd. | 200 | UPHELD
            odg-preoperative-electrolyte-creatinine-testing | Pre-op BMP | 44 y/o F, takes ibuprofen 800 tid; L knee scope w/ PMM auth'd. | 200 | OVERTURNED
            odg-preoperative-electrolyte-creatinine-testing | Pre-op BMP | 29 y/o, no meds, no medical problems; R trigger finger release authorized. | 200 | UPHELD
            odg-preoperative-testing | Pre-operative complete blood count | 45-year-old with iron-deficiency anemia; right knee arthroscopic meniscectomy authorized. | 200 | OVERTURNED
            acoem-home-heat-cold | Cold packs for home use | Pt strained his low back lifting a box last week. | 8 | OVERTURNED
            acoem-lumbar-supports | Lumbar corset | Pt with L2 compression fx from a fall 2 wks ago; pain with standing. | 15 | UPHELD
            mtus-home-health-services | Home health aide, 6 hrs/day | Homebound since the L hip replacement on 12/19/2016; needs help only with bathing, dressing and toileting. | 30 | UPHELD
            odg-bathroom-equipment | Bedside commode | Pt 3 wks s/p R TKA; walks without assistance at full weight bearing and is independent with ADLs. | 60 | UPHELD
            mtus-functional-capacity-evaluation | FCE | Pt is P&S per the QME; the question is whether he can meet the physical demands of his job as a roofer. | 1300 | OVERTURNED
            mtus-office-visits-follow-up | Return office visit | Pt back at full duty; symptoms resolved; released from care on 12/1/2016. | 200 | UPHELD
            mtus-chronic-pain-tens-trial | TENS unit rental, 3 months | Chronic LBP x 2 yrs; PT, NSAIDs and HEP failed. | 700 | UPHELD
            mtus-chronic-pain-tens-trial | TENS unit rental, 3 months | Chronic LBP x 2 yrs. A 30 day TENS trial reduced pain by half and allowed walking 1 mile; she uses it daily. | 700 | OVERTURNED
            mtus-interferential-current-stimulation-trial | Interferential unit rental, 90 days | Chronic neck pain 2 yrs; PT and medications failed; no prior interferential trial. | 700 | UPHELD
            mtus-chronic-pain-tens-trial | TENS unit, 30 day rental | Chronic LBP x 18 mos; PT, NSAIDs and HEP failed. The request is for a one month home trial of TENS with the exercise program. | 550 | OVERTURNED
            mtus-opioids-weaning | Hydrocodone 5/325 #30, to wean | Pt has been on hydrocodone for chronic LBP since 2013 with no lasting benefit. Gradual discontinuation is advised. | 1200 | OVERTURNED
            mtus-chronic-pain-physical-medicine | PT 2x4, left wrist | Nondisplaced distal radius fracture, casted for 6 weeks; the cast is off and wrist motion is limited. | 60 | OVERTURNED
            mtus-chronic-pain-physical-medicine | PT 3x8, right ankle | Closed ankle fracture managed in a boot; antalgic gait. | 75 | UPHELD
            mtus-chronic-pain-physical-medicine | OT x 12, left hand | Hot-oil burn of the left hand, healed with dressings; skin tightness limits grip. | 50 | UPHELD
            odg-sling-acute-fracture | Arm sling | Displaced midshaft clavicle fracture after a fall at work; nonoperative care is planned. | 4 | OVERTURNED
            odg-sling-acute-fracture | Sling, right shoulder | Fall onto the outstretched arm; x-rays show a proximal humerus fracture. | 6 | OVERTURNED
            mtus-home-health-services | Home health aide 10 hrs/day x 7 days/wk | Homebound after a total hip arthroplasty on 12/22/2016; wound care and therapy at home. | 30 | UPHELD
            mtus-home-health-services | Home health 3 hours a day, 5 days a week | Homebound after a total hip arthroplasty on 12/22/2016; wound care and therapy at home. | 30 | OVERTURNED
            mtus-chronic-pain-manipulation-referral | Referral to chiropractor | Lumbar strain with persistent low back pain for 5 months; no chiropractic care so far. | 150 | OVERTURNED
            mtus-chronic-pain-manipulation-referral | Chiropractic consultation and 10 visits | Lumbar strain with persistent low back pain for 5 months; no chiropractic care so far. | 150 | UPHELD
            odg-continuous-passive-motion-after-rotator-cuff-repair | CPM rental x 3 weeks | She had an open rotator cuff repair on 12/28/2016 and is in a sling. | 300 | UPHELD
            odg-continuous-passive-motion-after-rotator-cuff-repair | Post-op CPM x 21 days | R shoulder arthroscopic SAD auth'd. | 300 | UPHELD
            odg-continuous-passive-motion-after-rotator-cuff-repair | CPM rental x 4 weeks | Right shoulder arthroscopy with capsular release authorized for adhesive capsulitis with loss of motion. | 300 | OVERTURNED
            odg-continuous-passive-motion-after-knee-surgery | Post-operative continuous passive motion, 21 days | Right total knee arthroplasty authorized. | 1000 | UPHELD
            odg-continuous-passive-motion-after-knee-surgery | CPM rental x 14 days | s/p L ACL recon 1/3/17. | 100 | OVERTURNED
            odg-continuous-passive-motion-after-knee-surgery | CPM x 14 days | L knee scope w/ PMM auth'd. | 200 | UPHELD
            mtus-chronic-pain-nsaids | Naproxen 550 mg #60 | Chronic low back pain. With naproxen his pain decreases from 8/10 to 4/10 and he is able to walk 30 minutes. Naproxen is to be continued. | 900 | OVERTURNED
            mtus-chronic-pain-nsaids | Ibuprofen 800 mg #90 | She uses ibuprofen for chronic shoulder pain; it brings her pain from 6/10 to 3/10. | 900 | OVERTURNED
            mtus-chronic-pain-nsaids | Naproxen 550 mg #60 | Chronic low back pain. On naproxen for two years; pain went from 4/10 to 7/10 and function is unchanged. | 900 | UPHELD
            mtus-chronic-pain-nsaids | Naprosyn 500 mg #60 | Pt on Naprosyn 500 bid since the ankle sprain 10 days ago; swelling persists. | 12 | OVERTURNED
            mtus-chronic-pain-nsaids | Naprosyn 500 mg #60 | Pt on Naprosyn 500 bid for chronic ankle pain; no change in pain or function. | 700 | UPHELD
            mtus-chronic-pain-topical-diclofenac | Diclofenac sodium 1% gel | Pt w/ hand OA, intolerant to oral NSAIDs (GI upset). Rx diclofenac gel to hands. | 1000 | OVERTURNED
            mtus-chronic-pain-antidepressants | Cymbalta 60 mg #30 | Pt on Cymbalta for neuropathic pain RLE, 50% improvement, RTW full duty. Cont Cymbalta. | 900 | OVERTURNED
            mtus-chronic-pain-antidepressants | Cymbalta 60 mg #30 | Pt on Cymbalta for neuropathic pain RLE x 2 yrs, not able to RTW, no change in function. Cont Cymbalta. | 900 | UPHELD
            mtus-chronic-pain-psychotherapy | CBT x 6 sessions | Chronic low back pain for two years with depression and fear of movement; no psychotherapy so far. | 700 | UPHELD
            mtus-chronic-pain-psychotherapy | Psychotherapy, 6 more sessions | Chronic neck pain with depression. She completed 4 sessions of CBT; her Beck Depression Inventory fell from 30 to 18 and she returned to modified duty. | 700 | OVERTURNED
            mtus-chronic-pain-psychotherapy | Psychotherapy, 6 more sessions | Chronic neck pain with depression. She completed 4 sessions of CBT; her mood and function are unchanged and she remains off work. | 700 | UPHELD
            mtus-psychological-evaluations | Psychiatrist visits x6 | Chronic low back pain for two years with major depression and anxiety. | 700 | OVERTURNED
            mtus-acupuncture | Acupuncture 6 visits lumbar | Chronic low back pain. She received acupuncture x6 with no benefit. Six more visits are requested. | 500 | UPHELD
            mtus-acupuncture | Acupuncture 6 visits lumbar | Chronic low back pain. She received acupuncture x6 with improved walking tolerance. Six more visits are requested. | 500 | OVERTURNED
            mtus-chronic-pain-physical-medicine | Physical therapy 6 visits lumbar | He strained his low back 4 weeks ago and attended 6 therapy sessions with no improvement. 6 additional visits are requested. | 28 | UPHELD
            mtus-chronic-pain-manipulation | Chiropractic 12 visits cervical | Chronic neck pain; she completed 6 chiropractic visits with improved range of motion. 12 more visits are requested. | 500 | OVERTURNED
            mtus-chronic-pain-cyclobenzaprine | Cyclobenzaprine 10 mg #30 | Lumbar strain 5 months ago with spasm; cyclobenzaprine has been taken daily since the injury. | 150 | UPHELD
            mtus-chronic-pain-antiepilepsy-drugs | Gabapentin 300 mg #90 | Gabapentin has reduced the shooting pain in his leg from 7/10 to 3/10 and he is walking longer distances. | 900 | OVERTURNED
            mtus-chronic-pain-manipulation | Chiropractic 6 visits cervical | Six chiropractic visits so far with neck pain down from 8/10 to 4/10 and better rotation for driving. Six more visits requested. | 500 | OVERTURNED
            mtus-chronic-pain-manipulation | Chiropractic 6 visits cervical | Six chiropractic visits so far; neck pain and rotation unchanged. Six more visits requested. | 500 | UPHELD
            acoem-epidural-steroid-injection-interlaminar | Lumbar interlaminar epidural steroid injection L4-5 and L5-S1 | Radicular pain to the R leg. Decr sensation R L5 derm, weak EHL R. MRI: L4-5 and L5-S1 protrusions w/ R foraminal stenosis. Failed PT, NSAIDs, gabapentin. | 500 | UPHELD
            acoem-epidural-steroid-injection | Repeat L5-S1 ESI | s/p L5-S1 ESI 5/2016 w/ 30% improvement in pain. Exam: diminished sensation L S1, SLR + L. MRI L5-S1 HNP w/ L S1 root impingement. | 700 | UPHELD
            acoem-epidural-steroid-injection | Repeat LESI L4-5 | Prior ESI L4-5 9/2016 - pt reports 40% relief. Exam: decreased sensation L L5, SLR + L. MRI: L4-5 HNP w/ L L5 root compression. | 700 | UPHELD
            acoem-epidural-steroid-injection | Repeat LESI L4-5 | Prior ESI L4-5 9/2016 - pt reports 75% relief x 3 months, cut Norco in half. Exam: decreased sensation L L5, SLR + L. MRI: L4-5 HNP w/ L L5 root compression. | 700 | OVERTURNED
            acoem-epidural-steroid-injection | Repeat cervical ESI C6-7 | Previous C6-7 CESI 4/2016 gave about 50% relief lasting 6 weeks; medication use unchanged. Exam: decreased sensation R C7 dermatome, triceps reflex diminished R. MRI C6-7 HNP with R foraminal stenosis. | 700 | UPHELD
            acoem-mri-cervical-spine | MRI thoracic spine | Thoracic pain. Exam: sustained clonus at both ankles, spastic gait. | 60 | OVERTURNED
            acoem-mri-cervical-spine | C-spine MRI | Neck pain. New onset unsteady gait, 3+ patellar reflexes bilat, + Babinski bilat. | 200 | OVERTURNED
            acoem-mri-cervical-spine | MRI cervical spine | Neck pain. Neurologic exam: Babinski absent, no Hoffmann's, no clonus, normal gait. | 300 | UPHELD
            acoem-mri-knee | MRI R knee | B/L knee pain. L knee: + McMurray, locking. R knee: mild tenderness only. PT x 8 without improvement. | 120 | UPHELD
            acoem-mri-knee | MRI of the left knee | Right knee positive McMurray test and medial joint line tenderness with locking; left knee exam unremarkable. Conservative care failed. | 120 | UPHELD
            acoem-mri-knee | MRI of the left knee | Lt knee positive McMurray test and medial joint line tenderness with locking; rt knee exam unremarkable. Conservative care failed. | 120 | OVERTURNED
            acoem-mri-shoulder | MRI left shoulder | The right shoulder has a positive drop arm sign and marked weakness in external rotation; the left shoulder is asymptomatic. PT for 8 weeks has not helped. | 200 | UPHELD
            mtus-h-wave-stimulation | H-wave home trial x 30 days | Chronic neck pain. TENS was helpful and is still used daily; failed PT. | 500 | UPHELD
            mtus-h-wave-stimulation | H-wave 30-day trial | Chronic shoulder pain; prior TENS ineffective; PT x 12 and NSAIDs ineffective; ongoing HEP. | 500 | OVERTURNED
            mtus-h-wave-stimulation | H-wave unit rental 30 days | CLBP; pt's wife uses a TENS unit; conservative care incl. PT and NSAIDs failed. | 600 | UPHELD
            mtus-h-wave-stimulation-purchase | H-wave device purchase | Chronic LBP. TENS x 1 month failed. PT and meds failed. | 500 | UPHELD
            mtus-chronic-pain-emg-lower-extremities-radiculopathy | EMG of the bilateral lower extremities | Low back pain with radiation to the right leg and numbness for three months despite physical therapy and NSAIDs; the MRI shows only mild disc bulges without nerve root compression. | 365 | OVERTURNED
            mtus-chronic-pain-emg-lower-extremities-radiculopathy | EMG of the bilateral lower extremities | Low back pain for three months despite physical therapy and NSAIDs. | 365 | UPHELD
            mtus-chronic-pain-emg-lower-extremities-radiculopathy | EMG of the left lower extremity | L leg numbness, decreased sensation L L5, absent L ankle jerk. MRI: L4-5 extrusion compressing the L L5 root. PT x 8 failed. | 100 | UPHELD
            mtus-chronic-pain-emg-lower-extremities-radiculopathy | EMG bilateral lower extremities | LBP radiating to both legs x 3 wks; PT just started. | 21 | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | EMG/NCS bilateral upper extremities | Numbness in both hands. Exam: positive Tinel's bilat. CTS diagnosed 2 weeks ago; wrist splints started this week. | 14 | UPHELD
            mtus-chronic-pain-electrodiagnostic-testing-upper-extremity | EMG/NCS right upper extremity | Numbness of the L ring and small fingers; positive Tinel's at the L cubital tunnel. R arm asymptomatic, exam normal. Failed elbow pad x 6 wks. | 150 | UPHELD
            acoem-mri-shoulder | MRI R shoulder | Acute R shoulder injury 2 wks ago lifting a box; unable to abduct > 60 deg, ER strength 3/5, + drop arm. Suspect FT RCT. | 14 | OVERTURNED
            acoem-mri-shoulder | MRI R shoulder | Acute R shoulder injury 2 wks ago lifting a box; pain w/ overhead reach; strength 5/5; painful arc. Started PT. | 14 | UPHELD
            acoem-epidural-steroid-injection | Lumbar ESI L4-5 | Radicular pain R leg. MRI: L4-5 HNP w/ R L5 root impingement. Pt's previous physician noted decreased sensation R L5 in 2012; today sensation intact, SLR negative. Failed PT. | 300 | UPHELD
            acoem-epidural-steroid-injection | Left L5-S1 transforaminal epidural steroid injection | Low back pain radiating to the right leg; decreased sensation of the right lateral foot and an absent right ankle reflex; MRI shows an L5-S1 protrusion compressing the right S1 root; PT and NSAIDs failed. | 400 | UPHELD
            acoem-epidural-steroid-injection | Left L5-S1 transforaminal epidural steroid injection | Low back pain radiating to the left leg; decreased sensation of the left lateral foot and an absent left ankle reflex; MRI shows an L5-S1 protrusion compressing the left S1 root; PT and NSAIDs failed. | 400 | OVERTURNED
            acoem-epidural-steroid-injection | Repeat lumbar ESI L5-S1 | Lumbar ESI 8/2016 gave 40-50% relief for 3 weeks. Decr sensation L S1, MRI L5-S1 HNP compressing L S1 root. | 700 | UPHELD
            acoem-epidural-steroid-injection | Lumbar ESI x 3 (series) | LBP radiating to R leg; decr sensation R L5; MRI L4-5 HNP R; failed PT. | 500 | UPHELD
            acoem-epidural-steroid-injection | Lumbar ESI x 1 | LBP radiating to R leg; decr sensation R L5; MRI L4-5 HNP R; failed PT. | 500 | OVERTURNED
            mtus-opioids-initiating | Hydrocodone/APAP 5/325 #60 | Ibuprofen and acetaminophen failed to control her chronic neck pain. A baseline urine drug screen was consistent and an opioid agreement was signed. The physician is starting hydrocodone. | 700 | OVERTURNED
            mtus-opioids-initiating | Hydrocodone/APAP 5/325 #60 | Chronic neck pain. The physician is starting hydrocodone. | 700 | UPHELD
            mtus-opioids-chronic-maintenance | Tramadol 50mg, sixty tablets | He has never taken an opioid; naproxen has not relieved his back pain. The CURES report was reviewed. Tramadol is to be started. | 700 | OVERTURNED
            mtus-opioids-chronic-maintenance | Tramadol 50mg, sixty tablets | He has never taken an opioid; his back pain is 7/10. Tramadol is to be started. | 700 | UPHELD
            acoem-ct-spine | CT of the lumbar spine | He fell 12 feet off a scaffold four days ago and is tender in the midline at L2. | 4 | OVERTURNED
            acoem-ct-spine | CT of the lumbar spine | He fell 12 feet off a scaffold two years ago; chronic low back pain since, neurologic exam normal. | 730 | UPHELD
            acoem-ct-spine | CT C-spine | MVA yesterday, rear-ended at speed, midline cervical tenderness. | 1 | OVERTURNED
            acoem-ct-spine | CT C-spine | Neck stiffness after sleeping awkwardly, no trauma, no midline tenderness. | 1 | UPHELD
            odg-continuous-flow-cryotherapy-spine-surgery | Cold therapy unit, 7 days, post-operative | A C5-6 anterior cervical discectomy and fusion is certified for next week. | 300 | UPHELD
            odg-continuous-flow-cryotherapy-spine-surgery | Polar Care cold unit x 7 days | s/p L4-5 TLIF 1/2/17, POD#7. | 400 | UPHELD
            odg-continuous-flow-cryotherapy | Polar Care cold unit x 7 days | s/p L TKA 1/2/17, POD#7; L4-5 laminectomy in 2010. | 400 | OVERTURNED
            odg-continuous-flow-cryotherapy | Cold therapy device x 7 days | s/p R TSA 12/28/16. | 500 | OVERTURNED
            odg-continuous-passive-motion-spine | CPM device for the lumbar spine | Chronic low back pain after a fall; PT helped little. | 600 | UPHELD
            odg-continuous-passive-motion-after-spine-surgery | CPM machine, 21 days | He underwent an L5-S1 microdiscectomy on 12/28/2016. | 300 | UPHELD
            odg-continuous-passive-motion-after-knee-surgery | CPM machine, 14 days | He underwent a right total knee arthroplasty on 12/28/2016. | 300 | OVERTURNED
            odg-wheelchair | Manual wheelchair, rental | Non-weight bearing on the left leg for 8 weeks after a calcaneal fracture; her right wrist is in a cast, so she cannot use crutches or a walker. | 60 | OVERTURNED
            odg-wheelchair | Manual wheelchair, rental | Non-weight bearing on the left leg for 8 weeks after a calcaneal fracture; she walks safely with crutches. | 60 | UPHELD
            odg-wheelchair | Standard wheelchair | Since the spinal cord injury he is non ambulatory. | 200 | OVERTURNED
            odg-wheelchair | Wheelchair purchase | Two weeks after a right knee arthroscopic meniscectomy he walks with a cane. | 200 | UPHELD
            odg-power-mobility-devices | Power wheelchair | Since the cervical spinal cord injury she is quadriplegic and cannot propel a manual wheelchair. | 400 | OVERTURNED
            odg-power-mobility-devices | Power wheelchair | Since the thoracic spinal cord injury he is paraplegic; he propels his manual wheelchair with both arms. | 400 | UPHELD
            odg-power-mobility-devices | Mobility scooter | Chronic knee pain; she walks with a cane. | 900 | UPHELD
            odg-preoperative-urinalysis | Pre-operative urinalysis | A right total hip arthroplasty is certified and scheduled. | 900 | OVERTURNED
            odg-preoperative-urinalysis | Pre-operative urinalysis | A right trigger finger release is certified and scheduled. | 200 | UPHELD
            odg-sling-acute-fracture | Arm sling | The left shoulder dislocated anteriorly at work yesterday and was reduced in the emergency room. | 2 | OVERTURNED
            odg-postoperative-sling | Arm sling | Chronic left shoulder pain; there is no fracture or dislocation, and no surgery is planned. | 900 | UPHELD
            odg-inpatient-rehabilitation | Skilled nursing facility 7 days | She underwent a left total hip arthroplasty on 12/30/2016; she lives alone, cannot transfer independently and needs assistance for ambulation. | 5 | OVERTURNED
            odg-inpatient-rehabilitation | Inpatient rehabilitation 10 days | He underwent an L4-5 fusion 10 days ago and needs moderate assistance for transfers. | 10 | OVERTURNED
            odg-inpatient-rehabilitation | Skilled nursing facility | She underwent a left total hip arthroplasty on 06/10/2016; she lives alone and walks with a cane. | 200 | UPHELD
            odg-inpatient-rehabilitation | Skilled nursing facility, 14 days | Chronic low back pain; she cannot transfer without her husband's help. | 700 | UPHELD
            odg-postoperative-back-brace | Post-operative LSO brace | s/p L4-S1 fusion 12/20/16. | 30 | OVERTURNED
            odg-postoperative-back-brace | Post-op lumbar brace | s/p L4-5 laminectomy and discectomy 12/20/16; no fusion. | 30 | UPHELD
            mtus-postsurgical-physical-medicine-after-recent-surgery | Physical therapy 6 visits | s/p L5-S1 microdiscectomy 12/20/2016; no post-op PT yet. | 20 | OVERTURNED
            mtus-postsurgical-physical-medicine-after-recent-surgery | Physical therapy 8 visits | Status post right L4-5 hemilaminectomy on 12/20/2016. | 20 | OVERTURNED
            odg-exercise-equipment | Home exercise kit with resistance bands | She does her home exercise program daily for chronic neck pain. | 600 | UPHELD
            odg-shoulder-home-exercise-kit | Home exercise kit for the left shoulder | Adhesive capsulitis of the left shoulder; supervised therapy is done and she moves on to an independent home program with a pulley and bands. | 200 | OVERTURNED
            odg-shoulder-home-exercise-kit | Shoulder pulley | Right rotator cuff tendinitis; she does her exercises at home every day. | 300 | OVERTURNED
            odg-shoulder-home-exercise-kit | Home exercise kit, right shoulder | Right shoulder impingement. She declined therapy and does no exercises. | 300 | UPHELD
            acoem-ankle-brace | Ankle stirrup brace | Inversion sprain of the right ankle five days ago, with swelling and tenderness over the lateral ligaments. | 5 | OVERTURNED
            acoem-ankle-brace | Ankle stirrup brace | Right ankle pain for two years; no instability and no fracture. | 700 | UPHELD
            odg-splinting-after-carpal-tunnel-release | Post-op wrist splint | She underwent a right carpal tunnel release on 12/30/2016. | 200 | UPHELD
            odg-splinting-after-carpal-tunnel-release | Post-op wrist splint | Right carpal tunnel release and open reduction of a distal radius fracture on 12/30/2016. | 30 | OVERTURNED
            odg-venous-thrombosis-prophylaxis | Aspirin 81 mg twice a day for DVT prophylaxis | s/p R THA 12/28/16. | 700 | OVERTURNED
            odg-venous-thrombosis-prophylaxis | Aspirin 325 mg daily for DVT prophylaxis | Chronic low back pain; walks daily; no surgery planned. | 700 | UPHELD
            odg-psychotherapy-mental-disorders | Psychotherapy 6 sessions | He was diagnosed with major depressive disorder after the injury; the psychologist recommends CBT. No prior psychotherapy. | 900 | OVERTURNED
            odg-psychotherapy-mental-disorders | CBT x 6 | Dx: MDD, single episode; GAD. Pt has had no psych tx to date. | 900 | OVERTURNED
            odg-psychotherapy-mental-disorders | Cognitive behavioral therapy x 12 | PTSD after an armed robbery at work; no therapy yet. | 200 | UPHELD
            odg-psychotherapy-mental-disorders | Psychotherapy 6 additional sessions | Major depressive disorder since the injury. He completed 6 sessions of CBT; his BDI improved from 30 to 18 and he returned to modified work. | 900 | OVERTURNED
            odg-psychotherapy-mental-disorders | Psychotherapy 6 additional sessions | Generalized anxiety disorder. Six CBT sessions were completed without documented improvement. | 900 | UPHELD
            mtus-chronic-pain-psychotherapy | Psychotherapy 6 sessions | Chronic low back pain with depressive symptoms and fear avoidance; no psychotherapy yet. | 900 | UPHELD
            mtus-chronic-pain-psychotherapy | Psychotherapy 6 sessions | Chronic pain; the psychologist will rule out major depressive disorder. | 900 | UPHELD
            acoem-emergency-visit | Emergency room visit DOS 10/1/2016 | He presented to the emergency room after a fall at work with a scalp laceration and loss of consciousness. | 100 | OVERTURNED
            acoem-emergency-visit | ER visit 12/20/2016 | He twisted his right ankle at work on 12/20/2016 and could not bear weight; he was seen in the emergency department. | 20 | OVERTURNED
            acoem-emergency-visit | Urgent care visit | Chronic low back pain for 3 years; he went to urgent care for a flare of his usual pain; no new injury or red flags. | 900 | UPHELD
            acoem-emergency-visit | Emergency department visit | Chronic neck pain; visit for medication refill. | 900 | UPHELD
            """)
    void servicesOfTheFamiliesInTheNotesOwnWording(String ruleId, String description, String summary, int days,
            Outcome outcome) {
        ItemDetermination decided = decide(summary, description, LocalDate.of(2017, 1, 9).minusDays(days));

        assertThat(decided.ruleId()).isEqualTo(ruleId);
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * A carpal tunnel release needs the syndrome proved on examination and supported by nerve conduction tests, after
     * conservative care failed (ACOEM ch. 11, Surgical Considerations, p. 270), or a red flag such as a fracture:
     * numbness with a positive Tinel's sign and a splint that failed is no such proof.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Right carpal tunnel release | Numbness of the right hand; Tinel's positive at the right wrist; electrodiagnostic testing has not been performed; a wrist splint for six weeks did not help. | UPHELD
            L CTR | L hand numbness, +Tinel/+Phalen L wrist; EMG/NCS pending; failed splinting x 2 mo. | UPHELD
            Right carpal tunnel decompression | Clinical right carpal tunnel syndrome; nerve conduction studies were within normal limits; bracing failed. | UPHELD
            Right carpal tunnel release | Electrodiagnostic testing on 11/2/2016 revealed moderate right carpal tunnel syndrome. Splinting and a steroid injection have failed. | OVERTURNED
            R open CTR | EMG/NCV 9/2016 c/w moderate R CTS. Persistent numbness despite night splints, NSAIDs, CSI x1. | OVERTURNED
            Right carpal tunnel release | NCS showed a severe right median neuropathy at the wrist; no splinting or injection has been tried. | UPHELD
            Left carpal tunnel release | L CTS, EMG/NCS 11/2016 c/w moderate L median neuropathy at wrist; s/p L wrist splint x 3 mos and CSI x 1 w/o lasting relief. | OVERTURNED
            Left carpal tunnel release with ORIF of the distal radius | Acute displaced left distal radius fracture after a fall at work 3 days ago. | OVERTURNED
            """)
    void aCarpalTunnelReleaseNeedsTheSyndromeOnNerveConductionStudies(String description, String summary,
            Outcome outcome) {
        ItemDetermination decided = decide(summary, description);

        assertThat(decided.ruleId()).isEqualTo("acoem-carpal-tunnel-release");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * Knee surgery needs clear clinical and imaging evidence of a lesion after failed care (ACOEM ch. 13, Surgical
     * Considerations): locking and catching without an MRI, or with a normal one, are not enough.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Left knee arthroscopy with partial meniscectomy | She reports locking and catching of the left knee. An MRI has not been obtained. She has completed physical therapy without benefit. | UPHELD
            R knee scope | R knee giving way and catching, + McMurray; no imaging yet; failed PT x 8. | UPHELD
            Right knee arthroscopy | Right knee locking; the MRI of the right knee was normal; PT failed. | UPHELD
            Right knee arthroscopy, loose body removal | Right knee locks intermittently; MRI shows a 1 cm loose body in the intercondylar notch; 3 months of therapy did not help. | OVERTURNED
            """)
    void kneeSurgeryNeedsALesionOnImaging(String description, String summary, Outcome outcome) {
        ItemDetermination decided = decide(summary, description);

        assertThat(decided.ruleId()).isEqualTo("acoem-surgery-knee");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * Ketorolac is for the short-term management of moderately severe acute pain, not for minor or chronic painful
     * conditions (MTUS Chronic Pain, NSAIDs, Ketorolac, its boxed warning): after a surgery of days ago, not after one
     * of years ago, nor for chronic pain treated with other drugs.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Toradol 60 mg IM | He underwent an arthroscopic meniscectomy of the left knee on 01/05/2017. | OVERTURNED
            Ketorolac 10 mg #20 | Status post open reduction and internal fixation of the right wrist on 12/30/2016. | OVERTURNED
            Toradol 60 mg IM | He underwent an arthroscopic meniscectomy of the left knee in 2014. | UPHELD
            Toradol 30 mg intramuscular injection | Chronic low back pain since 2013; he takes naproxen and tramadol. | UPHELD
            """)
    void ketorolacIsForAcutePainOnly(String description, String summary, Outcome outcome) {
        ItemDetermination ketorolac = decide(summary, description);

        assertThat(ketorolac.ruleId()).isEqualTo("mtus-chronic-pain-ketorolac");
        assertThat(ketorolac.outcome()).isEqualTo(outcome);
    }

    /**
     * Urine drug testing follows the worker's risk of aberrant drug-taking behaviour (ODG Pain, Urine drug testing;
     * MTUS Opioid Treatment 2016, 3.3.6): yearly at low risk, 2 to 3 times a year at moderate risk, as often as monthly
     * at high risk; a worker whose risk the records do not state is tested randomly 2 to 4 times a year.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Urine drug screen | On Norco 10/325 tid for chronic LBP. Low risk for aberrant behavior per opioid risk tool. Last UDS 2 months ago, consistent. | UPHELD
            UDS | Tramadol 50 mg bid. ORT: low risk. UDS 10/14/2016 consistent. | UPHELD
            Urine toxicology screen | He takes Percocet; moderate risk on the ORT. A urine drug screen on 11/1/2016 was consistent. | UPHELD
            Urine drug screen | On Norco 10/325 tid for chronic LBP. Low risk for aberrant behavior per opioid risk tool. Last UDS 14 months ago, consistent. | OVERTURNED
            Urine drug screen | He takes Percocet; moderate risk on the ORT. A urine drug screen on 4/1/2016 was consistent. | OVERTURNED
            Urine drug test | He is on oxycodone 10 mg qid. He is considered high risk given a prior history of substance abuse. Last UDS one month ago was consistent. | OVERTURNED
            Urine drug screen | On Norco 10/325 tid for chronic LBP. Last UDS 2 months ago, consistent. | OVERTURNED
            Urine drug screen | Chronic neck pain on Norco 10/325 bid. Low risk on the Opioid Risk Tool. UDS 11/15/2016 was positive for cocaine. | OVERTURNED
            """)
    void urineDrugTestingFollowsTheWorkersRisk(String description, String summary, Outcome outcome) {
        ItemDetermination decided = decide(summary, description);

        assertThat(decided.ruleId()).isEqualTo("mtus-opioids-urine-drug-testing");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * Radiographs of the elbow after acute trauma when the elbow cannot be fully extended (ODG Elbow, Radiography: the
     * elbow extension test), a day after the fall; not for chronic pain without trauma.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Elbow radiographs, left | Fell at work today onto the left elbow; cannot extend the elbow; swelling. | 1 | OVERTURNED
            X-ray of the right elbow | Fall on the right elbow yesterday; unable to extend the elbow fully; swelling. | 1 | OVERTURNED
            X-ray R elbow | Chronic lateral elbow pain for 1 year; no trauma; x-rays last year normal. | 365 | UPHELD
            """)
    void radiographsOfTheElbowAfterTraumaThatKeepsItFromExtending(String description, String summary, int days,
            Outcome outcome) {
        ItemDetermination decided = decide(summary, description, LocalDate.of(2017, 1, 9).minusDays(days));

        assertThat(decided.ruleId()).isEqualTo("odg-imaging-elbow");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * Electrodiagnostic studies of the arms for neck or arm symptoms lasting more than three or four weeks despite
     * conservative care, without a focal deficit on examination (ACOEM ch. 8, Special Studies, p. 178: EMG and NCV may
     * help identify subtle focal neurologic dysfunction): four months after the injury, not three weeks after it.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EMG/NCV of both arms | Neck pain radiating to both arms with numbness in the hands; physical therapy for 6 weeks did not help. | 120 | OVERTURNED
            EMG/NCV BUE | Neck pain radiating to both arms with numbness in the hands; physical therapy for 6 weeks did not help. | 21 | UPHELD
            EMG/NCV BUE | Neck pain radiating to both arms with numbness in the hands; therapy is helping. | 120 | UPHELD
            """)
    void electrodiagnosticStudiesOfTheArmsForSymptomsOfMoreThanAMonthDespiteCare(String description, String summary,
            int days, Outcome outcome) {
        ItemDetermination decided = decide(summary, description, LocalDate.of(2017, 1, 9).minusDays(days));

        assertThat(decided.ruleId()).isEqualTo("mtus-chronic-pain-electrodiagnostic-testing-upper-extremity");
        assertThat(decided.outcome()).isEqualTo(outcome);
    }

    /**
     * Care of an acute injury (less than a month old) the MTUS supports as a first step: a short period of splinting
     * for a sprain of the wrist (ACOEM ch. 11, Table 11-7: splinting first-line for strains; prolonged splinting not
     * recommended), and a short course of an opioid when non-opioid analgesics did not control the acute pain (MTUS
     * Opioid Treatment 2016, Opioids for Acute Pain). Without the criterion, or for the same request two years after
     * the injury, it is not supported.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acoem-wrist-splint      | Wrist splint, right | Right wrist sprain at work with swelling and tenderness; x-ray negative for fracture. | The right wrist aches after typing.
            acoem-wrist-splint      | Thumb spica splint | FOOSH, +snuffbox TTP, XR neg; immobilize and repeat XR in 10-14 days. | Ache of the right wrist after typing.
            mtus-opioids-acute-pain | Norco 5/325 #12 | Lumbar strain lifting a box; pain 9/10 not controlled with ibuprofen. | Lumbar strain lifting a box; pain 9/10.
            mtus-opioids-acute-pain | Tramadol 50 mg #20 | R knee sprain, pain 7/10 despite naproxen 500 BID. | R knee sprain, pain 7/10.
            """)
    void theFirstCareOfAnAcuteInjury(String ruleId, String description, String documented, String undocumented) {
        LocalDate received = LocalDate.of(2017, 1, 9);

        ItemDetermination acute = decide(documented, description, received.minusDays(6));
        ItemDetermination withoutCriterion = decide(undocumented, description, received.minusDays(6));
        ItemDetermination chronic = decide(documented, description, received.minusYears(2));

        assertThat(acute.ruleId()).isEqualTo(ruleId);
        assertThat(acute.outcome()).isEqualTo(Outcome.OVERTURNED);
        assertThat(withoutCriterion.outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(chronic.outcome()).isEqualTo(Outcome.UPHELD);
    }

    private ItemDetermination decide(String summary, String description, LocalDate injury) {
        LocalDate received = LocalDate.of(2017, 1, 9);
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)), received,
                injury, received);
        return engine.decide(caseFile).items().get(0);
    }

    private ItemDetermination decide(String summary, String description) {
        CaseFile caseFile = new CaseFile(List.of(), List.of(), List.of(), null, null, null, summary, List.of(),
                List.of(new DisputedTreatment(1, description, ServiceType.UNKNOWN, null, null, null, null)),
                LocalDate.of(2017, 1, 9));
        return engine.decide(caseFile).items().get(0);
    }
}
