<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr" sourcelanguage="nl">
<context>
    <name />
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="100" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="107" />
        <source>afgerond</source>
        <translation>bitti</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="108" />
        <source>gestopt</source>
        <translation>durduruldu</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="109" />
        <source>niet afgemaakt</source>
        <translation>bitmedi</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="207" />
        <source>Nog geen niveau gemeten.</source>
        <translation>Henüz seviye ölçülmedi.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="269" />
        <location filename="../gui/reports.py" line="284" />
        <source>Voortgangsverslag</source>
        <translation>İlerleme raporu</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="288" />
        <source>Examen op niveau {level}</source>
        <translation>{level} seviyesinde sınav</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="290" />
        <source>Groep: {name}</source>
        <translation>Grup: {name}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="291" />
        <source>Gemaakt op {date}</source>
        <translation>Oluşturulma tarihi: {date}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="295" />
        <source>Niveau per onderdeel</source>
        <translation>Bölümlere göre seviye</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="299" />
        <location filename="../gui/reports.py" line="361" />
        <source>Onderdeel</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="300" />
        <source>Niveau nu</source>
        <translation>Şimdiki seviye</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="301" />
        <source>Kans A2</source>
        <translation>A2 şansı</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="302" />
        <source>Kans B1</source>
        <translation>B1 şansı</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="303" />
        <source>Vragen</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="304" />
        <location filename="../gui/reports.py" line="361" />
        <source>Goed</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="305" />
        <source>Minuten</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="326" />
        <source>Niveau in de tijd</source>
        <translation>Zaman içinde seviye</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="331" />
        <source>Oefenen</source>
        <translation>Alıştırma</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="336" />
        <source>In totaal %n minuten geoefend</source>
        <translation><numerusform>Toplam alıştırma süresi (dakika): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/reports.py" line="338" />
        <source>%n vragen gemaakt.</source>
        <translation><numerusform>Cevaplanan soru sayısı: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="341" />
        <source>Laatst geoefend op {date}.</source>
        <translation>Son alıştırma: {date}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="351" />
        <source>Spreken: {rated} opnames beoordeeld door de docent, {passed} voldoende; {waiting} wachten nog op beoordeling.</source>
        <translation>Konuşma: öğretmenin değerlendirdiği kayıtlar: {rated}, geçen: {passed}; değerlendirme bekleyen: {waiting}.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="358" />
        <source>Proefexamens</source>
        <translation>Deneme sınavları</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Datum</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Niveau</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="361" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="369" />
        <source>{good} van {n}</source>
        <translation>{n} içinden {good}</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="374" />
        <source>Nog geen proefexamen gemaakt.</source>
        <translation>Henüz deneme sınavı yapılmadı.</translation>
    </message>
    <message>
        <location filename="../gui/reports.py" line="384" />
        <source>examtrainer is een oefenprogramma. De niveaus en kansen zijn schattingen uit de oefeningen, geen uitslag van DUO.</source>
        <translation>examtrainer bir alıştırma programıdır. Seviyeler ve şanslar alıştırmalardan yapılan tahminlerdir, DUO'nun (resmî sınav kurumu) sonucu değildir.</translation>
    </message>
</context>
<context>
    <name>AudioPanel</name>
    <message>
        <location filename="../gui/widgets/audio.py" line="207" />
        <source>Pauze</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="212" />
        <source>Verder luisteren</source>
        <translation>Dinlemeye devam et</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="214" />
        <source>Luisteren</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="216" />
        <source>Nog een keer luisteren</source>
        <translation>Tekrar dinle</translation>
    </message>
    <message>
        <location filename="../gui/widgets/audio.py" line="218" />
        <source>Geluisterd</source>
        <translation>Dinlendi</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="228" />
        <source>U heeft het fragment al %n keer gehoord.</source>
        <translation><numerusform>Ses kaydını dinleme sayınız: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="232" />
        <source>U mag het fragment %n keer horen.</source>
        <translation><numerusform>Ses kaydını dinleme hakkınız: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/audio.py" line="236" />
        <source>U mag het nog %n keer horen.</source>
        <translation><numerusform>Kalan dinleme hakkınız: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BanksTab</name>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>meegeleverd</source>
        <translation>programla gelen</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="97" />
        <source>geïmporteerd</source>
        <translation>içe aktarılan</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="124" />
        <source>Bestand met vragen kiezen</source>
        <translation>Soruların olduğu dosyayı seçin</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="126" />
        <location filename="../gui/teacher/banks_tab.py" line="329" />
        <source>Vragen</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="135" />
        <source>Het bestand wordt gecontroleerd…</source>
        <translation>Dosya kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="169" />
        <source>Bezig met installeren…</source>
        <translation>Kuruluyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="173" />
        <source>Geïnstalleerd: {title} (%n vragen).</source>
        <translation><numerusform>Kuruldu: {title} (soru sayısı: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/teacher/banks_tab.py" line="197" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard in hun resultaten.</source>
        <translation><numerusform>'{title}' soru bankası silinsin mi? Öğrenciler artık bu soruları almayacak. Bu sorulara verilen cevap sayısı: %n. Bu cevaplar öğrencilerin sonuçlarında kalır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="204" />
        <source>Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. Er zijn nog geen antwoorden op gegeven.</source>
        <translation>'{title}' soru bankası silinsin mi? Öğrenciler artık bu soruları almayacak. Bu sorulara henüz cevap verilmedi.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="212" />
        <source>Itembank verwijderen</source>
        <translation>Soru bankasını sil</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="214" />
        <source>Verwijderen</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="215" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="232" />
        <source>Verwijderd: {id}</source>
        <translation>Silindi: {id}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="266" />
        <source>Itembank opslaan als zip</source>
        <translation>Soru bankasını zip olarak kaydet</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="272" />
        <source>Kies een lege map voor de itembank</source>
        <translation>Soru bankası için boş bir klasör seçin</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="294" />
        <source>Itembank opslaan voor Moodle</source>
        <translation>Soru bankasını Moodle için kaydet</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="296" />
        <source>Itembank opslaan als QTI-pakket</source>
        <translation>Soru bankasını QTI paketi olarak kaydet</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="309" />
        <location filename="../gui/teacher/banks_tab.py" line="319" />
        <source>Opgeslagen: {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="326" />
        <source>Titel</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="327" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="328" />
        <source>Versie</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="330" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="331" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="332" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="333" />
        <source>Soort</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="336" />
        <source>Importeren…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="337" />
        <source>Exporteren naar map…</source>
        <translation>Klasöre aktar…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="338" />
        <source>Exporteren als zip…</source>
        <translation>Zip olarak aktar…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="339" />
        <source>Voor Moodle (XML)…</source>
        <translation>Moodle için (XML)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="340" />
        <source>Als QTI 3.0…</source>
        <translation>QTI 3.0 olarak…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="341" />
        <source>Verwijderen…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="342" />
        <source>Eigen stem…</source>
        <translation>Kendi sesim…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/banks_tab.py" line="345" />
        <source>Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en importeer haar als uw eigen bank.</source>
        <translation>Dinleme parçaları ve örnek cevaplar için kendi sesinizi kaydedin. Bu, kendi soru bankalarınızda çalışır. Programla gelen bir banka için: onu dışa aktarın ve kendi bankanız olarak içe aktarın.</translation>
    </message>
</context>
<context>
    <name>CheckAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="62" />
        <source>Er zijn meer goede antwoorden. Kies ze allemaal.</source>
        <translation>Birden fazla doğru cevap var. Hepsini seçin.</translation>
    </message>
</context>
<context>
    <name>ExamLadder</name>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="127" />
        <source>Op weg naar het examen</source>
        <translation>Sınava giden yol</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="128" />
        <source>Examen oefenen</source>
        <translation>Sınav alıştırması yap</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="129" />
        <source>Verder met uw examen</source>
        <translation>Sınavınıza devam edin</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Begin met de korte test.</source>
        <translation>Kısa testle başlayın.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="139" />
        <source>Korte test</source>
        <translation>Kısa test</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefen eerst zonder tijd.</source>
        <translation>Önce süre olmadan alıştırma yapın.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="140" />
        <source>Oefenen</source>
        <translation>Alıştırma yap</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="142" />
        <source>Probeer een korte oefenset met tijd.</source>
        <translation>Kısa, süreli bir alıştırma seti deneyin.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="143" />
        <source>Oefenset met tijd</source>
        <translation>Süreli alıştırma seti</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="146" />
        <source>U bent klaar voor een heel proefexamen.</source>
        <translation>Tam bir deneme sınavına hazırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_ladder.py" line="147" />
        <source>Proefexamen</source>
        <translation>Deneme sınavı</translation>
    </message>
</context>
<context>
    <name>ExamResultScreen</name>
    <message>
        <location filename="../gui/screens/exam_result.py" line="171" />
        <source>(geen antwoord)</source>
        <translation>(cevap yok)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="173" />
        <source>uw opname</source>
        <translation>kaydınız</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="173" />
        <source>(geen opname)</source>
        <translation>(kayıt yok)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="180" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>Sınavın bu bölümüne muhtemelen hazırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="182" />
        <source>U bent goed op weg. Met wat meer oefening lukt het.</source>
        <translation>İyi gidiyorsunuz. Biraz daha alıştırmayla başaracaksınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="183" />
        <source>U heeft nog oefening nodig. Oefen elke dag een beetje.</source>
        <translation>Daha alıştırma yapmanız gerekiyor. Her gün biraz alıştırma yapın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="190" />
        <source>Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.</source>
        <translation>Çok iyi! Böyle alıştırma yapmaya devam edin, o zaman bu seviyeyi korursunuz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="193" />
        <source>Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.</source>
        <translation><numerusform>{theme} konusunda biraz daha alıştırma yapın. Orada yaptığınız hata sayısı: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="196" />
        <source>Oefen nog wat meer met {kind}. Daar had u %n fouten.</source>
        <translation><numerusform>{kind} ile biraz daha alıştırma yapın. Orada yaptığınız hata sayısı: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="199" />
        <source>U heeft %n vragen niet beantwoord. Geef altijd een antwoord. Een gok kan ook goed zijn.</source>
        <translation><numerusform>Cevaplamadığınız soru sayısı: %n. Her zaman bir cevap verin. Tahmin de doğru olabilir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="205" />
        <source>Luister naar uw %n opnames en zeg of ze goed waren. Of vraag uw docent om te luisteren.</source>
        <translation><numerusform>Kayıtlarınızı dinleyin (sayı: %n) ve iyi olup olmadıklarını söyleyin. Ya da öğretmeninizden dinlemesini isteyin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="210" />
        <source>Oefen elke dag een beetje. Korte stukjes helpen al.</source>
        <translation>Her gün biraz alıştırma yapın. Kısa çalışmalar da yardımcı olur.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="221" />
        <source>Uw uitslag: {title}</source>
        <translation>Sonucunuz: {title}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="223" />
        <source>Terug naar het begin</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="225" />
        <source>De tijd was om. Wat u had ingevuld, telt mee.</source>
        <translation>Süre doldu. Doldurduklarınız geçerlidir.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="227" />
        <source>U heeft het examen ingeleverd.</source>
        <translation>Sınavı teslim ettiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="232" />
        <source>Deel 1 (inspreken)</source>
        <translation>Bölüm 1 (cevap kaydetme)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="233" />
        <source>Deel 2 (reactie kiezen)</source>
        <translation>Bölüm 2 (tepki seçme)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="234" />
        <source>Korte opdrachten</source>
        <translation>Kısa görevler</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="235" />
        <source>Middellange opdrachten</source>
        <translation>Orta uzunlukta görevler</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="237" />
        <source>{raw} van de {total} goed</source>
        <translation>{total} içinden {raw} doğru</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="239" />
        <source>(%n opnames nog niet beoordeeld)</source>
        <translation><numerusform>(henüz değerlendirilmeyen kayıtlar: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="244" />
        <source>Geschat niveau: {level}</source>
        <translation>Tahmini seviye: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="247" />
        <source>Geschatte score: {score} (voldoende is {cut})</source>
        <translation>Tahmini puan: {score} (geçme notu: {cut})</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="257" />
        <source>Beoordeel eerst uw opnames. Dan kunnen we iets schatten.</source>
        <translation>Önce kayıtlarınızı kontrol edin. Sonra bir tahmin yapabiliriz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="260" />
        <source>Dit is een schatting van dit programma. Het is geen officiële uitslag. Bij het echte examen kan het anders gaan.</source>
        <translation>Bu, bu programın bir tahminidir. Resmî bir sonuç değildir. Gerçek sınavda farklı olabilir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_result.py" line="265" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Hazırlık siteleri şöyle diyor: %n sorudan yaklaşık {n} doğru yeterlidir. Bu resmî bir sınır değildir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="271" />
        <source>Ons advies</source>
        <translation>Tavsiyemiz</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="273" />
        <source>Alle vragen nog eens bekijken</source>
        <translation>Tüm sorulara tekrar bak</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="276" />
        <source>nog niet beoordeeld</source>
        <translation>henüz değerlendirilmedi</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="278" />
        <source>niet beantwoord</source>
        <translation>cevaplanmadı</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="280" />
        <source>goed</source>
        <translation>doğru</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="282" />
        <source>fout</source>
        <translation>yanlış</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="287" />
        <source>{mark} Vraag {n}: {verdict}</source>
        <translation>{mark} Soru {n}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="293" />
        <source>Uw antwoord: {answer}</source>
        <translation>Cevabınız: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="298" />
        <source>Een goed antwoord: {answer}</source>
        <translation>İyi bir cevap: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="300" />
        <source>Het goede antwoord: {answer}</source>
        <translation>Doğru cevap: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="306" />
        <source>Mijn antwoord was goed</source>
        <translation>Cevabım iyiydi</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_result.py" line="307" />
        <source>Mijn antwoord was niet goed</source>
        <translation>Cevabım iyi değildi</translation>
    </message>
</context>
<context>
    <name>ExamSoundCheck</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="65" />
        <source>Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. Het examen is nog niet begonnen.</source>
        <translation>Önce kulaklığınızı ve mikrofonunuzu test edin, gerçek sınavdaki gibi. Sınav henüz başlamadı.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="70" />
        <source>Verder</source>
        <translation>İleri</translation>
    </message>
</context>
<context>
    <name>ExamStartScreen</name>
    <message>
        <location filename="../gui/screens/exam_start.py" line="294" />
        <source>Adem in…</source>
        <translation>Nefes alın…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="294" />
        <source>Adem uit…</source>
        <translation>Nefes verin…</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="296" />
        <location filename="../gui/screens/exam_start.py" line="381" />
        <source>Overslaan</source>
        <translation>Atla</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="357" />
        <source>Dit is een oefening. Er gaat niets mis als het niet goed gaat. Een beetje zenuwen is normaal: ze helpen u om scherp te zijn.</source>
        <translation>Bu bir alıştırmadır. İyi gitmezse kötü bir şey olmaz. Biraz heyecanlı olmak normaldir: dikkatli kalmanıza yardımcı olur.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="361" />
        <source>Examen:</source>
        <translation>Sınav:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="362" />
        <source>A2 (inburgeringsexamen)</source>
        <translation>A2 (inburgeringsexamen, uyum sınavı)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="363" />
        <source>B1 (Staatsexamen NT2 I)</source>
        <translation>B1 (Staatsexamen NT2 I, ikinci dil olarak Felemenkçe devlet sınavı)</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="364" />
        <source>Onderdeel:</source>
        <translation>Bölüm:</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="365" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="366" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="367" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="368" />
        <source>Wat gaat er gebeuren?</source>
        <translation>Ne olacak?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="373" />
        <source>Dit is een korte oefenset met tijd. Het is geen heel examen.</source>
        <translation>Bu kısa, süreli bir alıştırma setidir. Tam bir sınav değildir.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="376" />
        <source>Eerst rustig ademhalen?</source>
        <translation>Önce sakin nefes almak ister misiniz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="378" />
        <source>Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.</source>
        <translation>Bir dakika boyunca daireyle birlikte sakin nefes alın. Bu heyecana karşı yardımcı olur.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="383" />
        <source>Goed gedaan. U bent klaar om te beginnen.</source>
        <translation>Aferin. Başlamaya hazırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="384" />
        <source>Nog een keer ademhalen</source>
        <translation>Tekrar nefes al</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="386" />
        <source>Adem een minuut mee</source>
        <translation>Bir dakika birlikte nefes al</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="387" />
        <source>Wat wilt u?</source>
        <translation>Ne istersiniz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="388" />
        <source>Laat de klok zien</source>
        <translation>Saati göster</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="389" />
        <source>Geluid van een examenzaal</source>
        <translation>Sınav salonu sesi</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="391" />
        <source>In de examenzaal praten andere mensen soms. Zo went u daaraan.</source>
        <translation>Sınav salonunda bazen başka insanlar konuşur. Böylece buna alışırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="393" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="395" />
        <source>Begin de oefenset</source>
        <translation>Alıştırma setini başlat</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_start.py" line="395" />
        <source>Begin het examen</source>
        <translation>Sınavı başlat</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../gui/screens/exam_window.py" line="312" />
        <source>Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.</source>
        <translation>Bu bir alıştırma sorusudur. Sayılmaz. Süre henüz başlamadı.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="317" />
        <source>Oefenvraag {n} van {total}</source>
        <translation>Alıştırma sorusu {n} / {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="339" />
        <source>Vraag {n}</source>
        <translation>Soru {n}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="383" />
        <location filename="../gui/screens/exam_window.py" line="393" />
        <location filename="../gui/screens/exam_window.py" line="670" />
        <source>Volgende</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="389" />
        <source>Vraag {n} van {total}</source>
        <translation>Soru {n} / {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="422" />
        <source>Let op</source>
        <translation>Dikkat</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="491" />
        <source>Nog %n minuten.</source>
        <translation><numerusform>Kalan dakika: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="494" />
        <source>Kijk of u alle vragen heeft beantwoord.</source>
        <translation>Tüm soruları cevaplayıp cevaplamadığınızı kontrol edin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="504" />
        <source>Tijd: {time}</source>
        <translation>Süre: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="539" />
        <source>U heeft %n vragen nog niet beantwoord.</source>
        <translation><numerusform>Henüz cevaplamadığınız soru sayısı: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="541" />
        <source>Die tellen als fout.</source>
        <translation>Bunlar yanlış sayılır.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="544" />
        <source>U heeft alle vragen beantwoord.</source>
        <translation>Tüm soruları cevapladınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="545" />
        <source>Na het inleveren kunt u niets meer veranderen.</source>
        <translation>Teslim ettikten sonra hiçbir şeyi değiştiremezsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="548" />
        <source>Examen inleveren?</source>
        <translation>Sınav teslim edilsin mi?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="550" />
        <location filename="../gui/screens/exam_window.py" line="671" />
        <source>Inleveren</source>
        <translation>Teslim et</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="551" />
        <source>Terug naar het examen</source>
        <translation>Sınava geri dön</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="562" />
        <source>Stoppen met het examen?</source>
        <translation>Sınav durdurulsun mu?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="563" />
        <source>Uw antwoorden zijn bewaard. U kunt later verder gaan.</source>
        <translation>Cevaplarınız kaydedildi. Daha sonra devam edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="565" />
        <source>De tijd staat stil tot u verder gaat.</source>
        <translation>Siz devam edene kadar süre durur.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="566" />
        <location filename="../gui/screens/exam_window.py" line="652" />
        <source>Stoppen</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="567" />
        <source>Verder met het examen</source>
        <translation>Sınava devam et</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="653" />
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="654" />
        <source>Zo gaat het examen</source>
        <translation>Sınav nasıl işler</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="656" />
        <source>Lees alles rustig. Klik op 'Beginnen' als u klaar bent.</source>
        <translation>Her şeyi sakin okuyun. Hazır olduğunuzda 'Başla'ya tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="657" />
        <source>Beginnen</source>
        <translation>Başla</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="658" />
        <source>De oefenvragen zijn klaar</source>
        <translation>Alıştırma soruları bitti</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/exam_window.py" line="661" />
        <source>Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.</source>
        <translation><numerusform>Şimdi gerçek sınav başlıyor. Süre şimdi başlıyor. Süreniz (dakika): %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="666" />
        <source>Doe rustig uw best. Succes!</source>
        <translation>Sakin olun ve elinizden geleni yapın. Başarılar!</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="668" />
        <source>Start het examen</source>
        <translation>Sınavı başlat</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_window.py" line="669" />
        <source>Vorige</source>
        <translation>Önceki</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="86" />
        <source>Alle leerlingen</source>
        <translation>Tüm öğrenciler</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="88" />
        <source>Groep: {name}</source>
        <translation>Grup: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="90" />
        <source>Leerling: {name}</source>
        <translation>Öğrenci: {name}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="111" />
        <source>Opslaan als</source>
        <translation>Farklı kaydet</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="130" />
        <location filename="../gui/teacher/export_tab.py" line="145" />
        <source>Bezig…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="153" />
        <source>Opgeslagen: {path}</source>
        <translation>Kaydedildi: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="156" />
        <source>Resultaten van:</source>
        <translation>Sonuçları:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="157" />
        <source>Opslaan als CSV…</source>
        <translation>CSV olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="158" />
        <source>Opslaan als Excel (XLSX)…</source>
        <translation>Excel (XLSX) olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="159" />
        <source>Voortgangsverslag (PDF)…</source>
        <translation>İlerleme raporu (PDF)…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="161" />
        <source>Eén regel per leerling en onderdeel. Opent direct in Excel.</source>
        <translation>Her öğrenci ve bölüm için bir satır. Excel'de doğrudan açılır.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="163" />
        <source>Een overzicht en een blad met alle antwoorden.</source>
        <translation>Bir özet ve tüm cevapların olduğu bir sayfa.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/export_tab.py" line="165" />
        <source>Voor één leerling: niveau, grafiek, oefentijd en proefexamens.</source>
        <translation>Bir öğrenci için: seviye, grafik, alıştırma süresi ve deneme sınavları.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../gui/screens/home.py" line="166" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="167" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="168" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="174" />
        <source>Hallo {name}!</source>
        <translation>Merhaba {name}!</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="175" />
        <source>Geluid testen</source>
        <translation>Sesi test et</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="176" />
        <source>Ander profiel</source>
        <translation>Başka profil</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="180" />
        <source>Uw doel: {goal}.</source>
        <translation>Hedefiniz: {goal}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="182" />
        <source>U oefent voor het examen op niveau {level}.</source>
        <translation>{level} seviyesindeki sınav için alıştırma yapıyorsunuz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="186" />
        <source>Nog %n dagen tot uw examen.</source>
        <translation><numerusform>Sınavınıza kalan gün: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="194" />
        <source>Uw niveau nu: {level}</source>
        <translation>Şimdiki seviyeniz: {level}</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="198" />
        <source>Klaar: %p%</source>
        <translation>Hazır: %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="201" />
        <source>%n vragen gemaakt, {good} goed.</source>
        <translation><numerusform>Cevaplanan soru: %n, doğru: {good}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="205" />
        <location filename="../gui/screens/home.py" line="217" />
        <source>Oefenen</source>
        <translation>Alıştırma yap</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="208" />
        <source>Nog geen niveau</source>
        <translation>Henüz seviye yok</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="215" />
        <source>Spreek korte antwoorden in. Daarna luistert u naar uzelf.</source>
        <translation>Kısa cevaplar kaydedin. Sonra kendinizi dinlersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="220" />
        <source>Begin met een korte test. Dan weten we waar u kunt beginnen.</source>
        <translation>Kısa bir testle başlayın. Böylece nereden başlayacağınızı biliriz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="222" />
        <source>Korte test (5 minuten)</source>
        <translation>Kısa test (5 dakika)</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="225" />
        <source>Nog geen oefeningen</source>
        <translation>Henüz alıştırma yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/home.py" line="229" />
        <source>U heeft in totaal %n minuten geoefend. Goed bezig!</source>
        <translation><numerusform>Toplam alıştırma süreniz (dakika): %n. Aferin!</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="231" />
        <source>Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.</source>
        <translation>Bir bölüm seçin. Bir alıştırma yaklaşık 10 dakika sürer.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="236" />
        <source>U bent waarschijnlijk klaar voor dit deel van het examen.</source>
        <translation>Sınavın bu bölümüne muhtemelen hazırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="238" />
        <source>U bent goed op weg. Blijf oefenen.</source>
        <translation>İyi gidiyorsunuz. Alıştırmaya devam edin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/home.py" line="239" />
        <source>U heeft nog oefening nodig. Elke dag een beetje helpt.</source>
        <translation>Daha alıştırma yapmanız gerekiyor. Her gün biraz yardımcı olur.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="102" />
        <source>probleem</source>
        <translation>sorun</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="103" />
        <source>niet ingelezen</source>
        <translation>içe aktarılmadı</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="116" />
        <source>Vragen importeren</source>
        <translation>Soruları içe aktar</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="118" />
        <source>Bestand: {name} (soort: {format})</source>
        <translation>Dosya: {name} (tür: {format})</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="126" />
        <source>Het bestand heeft {items} en {texts} voor de itembank '{title}' ({id}). Er is nog niets veranderd.</source>
        <translation>Dosyada '{title}' ({id}) soru bankası için {items} ve {texts} var. Henüz hiçbir şey değişmedi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="131" />
        <location filename="../gui/dialogs/import_preview.py" line="144" />
        <source>%n vragen</source>
        <translation><numerusform>%n soru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="132" />
        <location filename="../gui/dialogs/import_preview.py" line="145" />
        <source>%n teksten</source>
        <translation><numerusform>%n metin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="139" />
        <source>Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. Er is nog niets ingelezen. Klik op Installeren om door te gaan.</source>
        <translation>Bu, '{title}' ({id}) soru bankası olacak: {items} ve {texts}. Henüz hiçbir şey içe aktarılmadı. Devam etmek için Kur'a tıklayın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="151" />
        <source>Dit bestand kan niet worden ingelezen: er zijn %n problemen. Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.</source>
        <translation><numerusform>Bu dosya içe aktarılamaz: sorun sayısı: %n. Dosyayı düzeltin ve tekrar deneyin. Hiçbir şey değişmedi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="159" />
        <source>Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam.</source>
        <translation>Soru bankasının kodu: {id} (kaynağı: {source}). Dosya adından değil.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="165" />
        <source>Wat wordt ingelezen:</source>
        <translation>İçe aktarılacaklar:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Onderdeel</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Niveau</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Vragen</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="167" />
        <source>Soorten</source>
        <translation>Türler</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="170" />
        <source>Problemen en delen die niet worden ingelezen ({n}):</source>
        <translation>Sorunlar ve içe aktarılmayacak kısımlar ({n}):</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="176" />
        <source>Soort</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="177" />
        <source>Bestand / regel</source>
        <translation>Dosya / satır</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="178" />
        <source>Vraag</source>
        <translation>Soru</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="179" />
        <source>Veld</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="180" />
        <source>Wat is er mis</source>
        <translation>Sorun ne</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="185" />
        <source>Vervangen</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="185" />
        <source>Installeren</source>
        <translation>Kur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="186" />
        <source>Beide bewaren</source>
        <translation>İkisini de sakla</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="187" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="195" />
        <source>Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}.</source>
        <translation>Bu soru bankası zaten var: '{title}'. Değiştirirseniz: {new}, {changed}, {removed}, {same}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="198" />
        <source>%n nieuwe vragen</source>
        <translation><numerusform>%n yeni soru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="199" />
        <source>%n veranderde vragen</source>
        <translation><numerusform>%n değişen soru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="200" />
        <source>%n vragen gaan weg</source>
        <translation><numerusform>%n soru kalkar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="201" />
        <source>%n blijven hetzelfde</source>
        <translation><numerusform>%n aynı kalır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/import_preview.py" line="205" />
        <source>Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. Die antwoorden blijven bewaard.</source>
        <translation><numerusform>Öğrencilerin değişen veya kalkan sorulara verdiği cevap sayısı: %n. Bu cevaplar saklanır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="212" />
        <source>Dit is een meegeleverde itembank. Die kunt u niet vervangen. Met 'Beide bewaren' komt uw bank ernaast, met een eigen code.</source>
        <translation>Bu, programla gelen bir soru bankasıdır. Onu değiştiremezsiniz. 'İkisini de sakla' ile bankanız kendi koduyla yanına eklenir.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/import_preview.py" line="216" />
        <source>Kies: vervangen, beide bewaren of annuleren.</source>
        <translation>Seçin: değiştir, ikisini de sakla veya iptal.</translation>
    </message>
</context>
<context>
    <name>LearnerPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="277" />
        <source>Deze code klopt niet.</source>
        <translation>Bu kod doğru değil.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="282" />
        <source>Dit profiel is van {name}. Typ de geheime code.</source>
        <translation>Bu profil {name} kişisine ait. Gizli kodu yazın.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="284" />
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="285" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>LearnersTab</name>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="137" />
        <location filename="../gui/teacher/learners_tab.py" line="259" />
        <source>(geen groep)</source>
        <translation>(grup yok)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>gearchiveerd</source>
        <translation>arşivlendi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="225" />
        <source>actief</source>
        <translation>etkin</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="230" />
        <source>Terugzetten</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="232" />
        <source>Archiveren</source>
        <translation>Arşivle</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="235" />
        <source>Leerlingen</source>
        <translation>Öğrenciler</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="236" />
        <source>Groepen</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Groep</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="237" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="238" />
        <source>Naam:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="239" />
        <source>Naam van de leerling</source>
        <translation>Öğrencinin adı</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="240" />
        <source>Nieuwe leerling</source>
        <translation>Yeni öğrenci</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="241" />
        <source>Naam wijzigen</source>
        <translation>Adı değiştir</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="242" />
        <source>Code wissen</source>
        <translation>Kodu sil</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="244" />
        <source>Voor een leerling die de geheime code van het profiel vergeten is.</source>
        <translation>Profilinin gizli kodunu unutan bir öğrenci için.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="246" />
        <source>Groep:</source>
        <translation>Grup:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="247" />
        <source>In groep zetten</source>
        <translation>Gruba koy</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="248" />
        <source>Naam van de groep</source>
        <translation>Grubun adı</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="249" />
        <source>Nieuwe groep</source>
        <translation>Yeni grup</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="250" />
        <source>Hernoemen</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../gui/teacher/learners_tab.py" line="253" />
        <source>Gearchiveerde leerlingen staan niet meer in de profielen. Hun resultaten blijven bewaard.</source>
        <translation>Arşivlenen öğrenciler profillerde artık görünmez. Sonuçları kayıtlı kalır.</translation>
    </message>
</context>
<context>
    <name>ListeningScreen</name>
    <message>
        <location filename="../gui/screens/listening.py" line="201" />
        <source>Vraag {n} van {total} bij dit fragment</source>
        <translation>Bu ses kaydı için soru {n} / {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="232" />
        <source>Kies eerst een antwoord.</source>
        <translation>Önce bir cevap seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="241" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Cevabınız kaydedildi. İşte bir sonraki soru.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="244" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Aferin! Bu doğru cevap.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="246" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Neredeyse. Doğru cevap: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="295" />
        <source>Korte test: luisteren</source>
        <translation>Kısa test: dinleme</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="298" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>Bu bir sınav değildir. Sakin olun ve elinizden geleni yapın. Birkaç sorudan sonra size hangi seviyenin uygun olduğunu biliriz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="303" />
        <source>Luisteren oefenen</source>
        <translation>Dinleme alıştırması</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="305" />
        <source>Klik op Luisteren. Luister goed. Kies dan het goede antwoord.</source>
        <translation>Dinle'ye tıklayın. Dikkatle dinleyin. Sonra doğru cevabı seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="307" />
        <source>Langzamer afspelen</source>
        <translation>Daha yavaş çal</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="310" />
        <source>Verberg de tekst</source>
        <translation>Metni gizle</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="312" />
        <source>Lees wat er gezegd wordt</source>
        <translation>Söyleneni oku</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="314" />
        <source>Stoppen</source>
        <translation>Alıştırmayı durdur</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="315" />
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="316" />
        <source>Volgende vraag</source>
        <translation>Sonraki soru</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="317" />
        <source>Typ hier uw antwoord</source>
        <translation>Cevabınızı buraya yazın</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="318" />
        <source>Er is geen geluid</source>
        <translation>Ses yok</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="321" />
        <source>We vinden geen luidspreker of koptelefoon. Voor luisteren heeft u geluid nodig.

Zo lost u het op:
1. Sluit een koptelefoon of luidsprekers aan op de computer.
2. Zet het geluid van de computer aan.
3. Klik op 'Opnieuw kijken'.

Lukt het niet? Vraag hulp aan uw docent.</source>
        <translation>Hoparlör veya kulaklık bulamıyoruz. Dinleme için sese ihtiyacınız var.

Nasıl düzeltilir:
1. Bilgisayara kulaklık veya hoparlör takın.
2. Bilgisayarın sesini açın.
3. 'Tekrar kontrol et'e tıklayın.

Hâlâ çalışmıyor mu? Öğretmeninizden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="330" />
        <source>Opnieuw kijken</source>
        <translation>Tekrar kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/listening.py" line="331" />
        <source>Terug naar het begin</source>
        <translation>Başa dön</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="68" />
        <source>Even geduld. Het programma wordt klaargezet…</source>
        <translation>Biraz bekleyin. Program hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="129" />
        <source>Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer.</source>
        <translation>Bir sorun oldu. Cevaplarınız kaydedildi. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131" />
        <source>Let op</source>
        <translation>Dikkat</translation>
    </message>
</context>
<context>
    <name>MatchAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="113" />
        <source>– kies –</source>
        <translation>– seçin –</translation>
    </message>
</context>
<context>
    <name>OnboardingScreen</name>
    <message>
        <location filename="../gui/screens/onboarding.py" line="154" />
        <source>Kies een geheime code van minstens 4 tekens.</source>
        <translation>En az 4 karakterli bir gizli kod seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="157" />
        <source>De code moet minstens 4 tekens hebben.</source>
        <translation>Kod en az 4 karakter olmalı.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="177" />
        <source>Welkom bij examtrainer</source>
        <translation>examtrainer'a hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="179" />
        <source>In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.</source>
        <translation>Açıklamaları hangi dilde okumak istersiniz? Bunu daha sonra değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="181" />
        <source>Verder</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="182" />
        <source>Over u</source>
        <translation>Hakkınızda</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="183" />
        <source>Hoe heet u? (Uw voornaam is genoeg.)</source>
        <translation>Adınız ne? (Adınız yeterli.)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="184" />
        <source>Voor welk examen oefent u?</source>
        <translation>Hangi sınav için alıştırma yapıyorsunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="185" />
        <source>Inburgeringsexamen A2 (DUO)</source>
        <translation>Inburgeringsexamen A2 (DUO, uyum sınavı)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="186" />
        <source>Staatsexamen Nt2 B1 (programma I)</source>
        <translation>Staatsexamen Nt2 B1 (programma I, ikinci dil olarak Felemenkçe devlet sınavı)</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="189" />
        <source>Moest u inburgeren vóór 2022? Dan is het meestal A2. Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen.</source>
        <translation>Uyum süreciniz (inburgering) 2022'den önce mi başladı? O zaman genellikle A2'dir. 2022'den itibaren genellikle B1'dir. Emin değil misiniz? A2'yi seçin. Bunu daha sonra değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="193" />
        <source>Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden</source>
        <translation>Hedefiniz (boş bırakabilirsiniz), örneğin: iş bulmak</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="194" />
        <source>Ik weet de datum van mijn examen:</source>
        <translation>Sınavımın tarihini biliyorum:</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="198" />
        <source>Kies een geheime code (minstens 4 tekens). Dan kan niemand anders uw profiel openen.</source>
        <translation>Bir gizli kod seçin (en az 4 karakter). O zaman profilinizi başka kimse açamaz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="205" />
        <source>Geheime code (mag leeg blijven). Met een code kan niemand anders uw profiel openen.</source>
        <translation>Gizli kod (boş bırakabilirsiniz). Bir kodla profilinizi başka kimse açamaz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="209" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../gui/screens/onboarding.py" line="210" />
        <source>Beginnen</source>
        <translation>Başla</translation>
    </message>
</context>
<context>
    <name>OrderAnswer</name>
    <message>
        <location filename="../gui/widgets/answers.py" line="182" />
        <source>▲ Omhoog</source>
        <translation>▲ Yukarı</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="183" />
        <source>▼ Omlaag</source>
        <translation>▼ Aşağı</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="184" />
        <source>Alt + pijl omhoog</source>
        <translation>Alt + yukarı ok</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="185" />
        <source>Alt + pijl omlaag</source>
        <translation>Alt + aşağı ok</translation>
    </message>
    <message>
        <location filename="../gui/widgets/answers.py" line="187" />
        <source>Kies een zin en zet hem hoger of lager met Alt en de pijltjes.</source>
        <translation>Bir cümle seçin ve Alt ile ok tuşlarıyla yukarı veya aşağı taşıyın.</translation>
    </message>
</context>
<context>
    <name>OwnVoiceDialog</name>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Luisterfragment</source>
        <translation>Dinleme parçası</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="173" />
        <source>Voorbeeldantwoord</source>
        <translation>Örnek cevap</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="176" />
        <source>(uw eigen geluid)</source>
        <translation>(kendi sesiniz)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="235" />
        <source>Geluidsbestand kiezen</source>
        <translation>Bir ses dosyası seçin</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="237" />
        <source>Geluid</source>
        <translation>Ses</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="269" />
        <source>Opgeslagen. Leerlingen horen nu uw geluid bij '{label}'.</source>
        <translation>Kaydedildi. Öğrenciler artık '{label}' ile sizin sesinizi duyar.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="284" />
        <source>Deze itembank heeft geen luisterfragmenten en geen spreekopdrachten.</source>
        <translation>Bu soru bankasında dinleme parçası ve konuşma görevi yok.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="287" />
        <source>Nu: nog geen geluid.</source>
        <translation>Şimdi: henüz ses yok.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="289" />
        <source>Nu: uw eigen geluid.</source>
        <translation>Şimdi: kendi sesiniz.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="291" />
        <source>Nu: {file}</source>
        <translation>Şimdi: {file}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="294" />
        <source>Opname loopt: {time}</source>
        <translation>Kayıt: {time}</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="299" />
        <source>Neem uw stem op of kies een geluidsbestand.</source>
        <translation>Sesinizi kaydedin veya bir ses dosyası seçin.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="301" />
        <source>Nieuw: uw opname. Luister en zet hem in de itembank.</source>
        <translation>Yeni: kaydınız. Dinleyin, sonra soru bankasına koyun.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="304" />
        <source>Nieuw: {file}. Luister en zet het in de itembank.</source>
        <translation>Yeni: {file}. Dinleyin, sonra soru bankasına koyun.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>■ Stop opname</source>
        <translation>■ Kaydı durdur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="308" />
        <source>● Opnemen</source>
        <translation>● Kaydet</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="322" />
        <source>Eigen stem</source>
        <translation>Kendi sesim</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="323" />
        <source>Eigen stem in '{title}'</source>
        <translation>'{title}' içinde kendi sesim</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="326" />
        <source>Kies een luisterfragment of een voorbeeldantwoord. Neem uw stem op of kies een geluidsbestand. Luister eerst. Zet het daarna in de itembank: leerlingen horen dan uw geluid, en het gaat mee als u de itembank exporteert.</source>
        <translation>Bir dinleme parçası veya örnek cevap seçin. Sesinizi kaydedin veya bir ses dosyası seçin. Önce dinleyin. Sonra soru bankasına koyun: öğrenciler sizin sesinizi duyar ve soru bankasını dışa aktardığınızda ses de gider.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="331" />
        <source>Wat leerlingen nu horen</source>
        <translation>Öğrencilerin şimdi duyduğu</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="332" />
        <source>Nieuw geluid</source>
        <translation>Yeni ses</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <source>▶ Nu afspelen</source>
        <translation>▶ Şimdikini çal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="333" />
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>■ Stop</source>
        <translation>■ Durdur</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="334" />
        <source>▶ Nieuw geluid afspelen</source>
        <translation>▶ Yeni sesi çal</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="335" />
        <source>Bestand kiezen…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="336" />
        <source>In de itembank zetten</source>
        <translation>Soru bankasına koy</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/own_voice.py" line="337" />
        <source>Sluiten</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="35" />
        <source>%n seconden</source>
        <translation><numerusform>%n saniye</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="38" />
        <source>%n minuten</source>
        <translation><numerusform>%n dakika</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/dialogs/pin.py" line="40" />
        <source>%n uur</source>
        <translation><numerusform>%n saat</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="66" />
        <location filename="../gui/dialogs/pin.py" line="91" />
        <source>U heeft te vaak een verkeerde code getypt.</source>
        <translation>Çok sık yanlış kod yazdınız.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="78" />
        <source>Even controleren…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>Tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="111" />
        <source>Wacht {wait}.</source>
        <translation>{wait} bekleyin.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="123" />
        <source>Er ging iets mis. Probeer het opnieuw.</source>
        <translation>Bir sorun oldu. Tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>ProfilesScreen</name>
    <message>
        <location filename="../gui/screens/profiles.py" line="93" />
        <source>Wie gaat er oefenen?</source>
        <translation>Kim alıştırma yapacak?</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="94" />
        <source>Nieuw profiel</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="95" />
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../gui/screens/profiles.py" line="96" />
        <source>Docent</source>
        <translation>Öğretmen</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="25" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="26" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="27" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="81" />
        <location filename="../gui/teacher/progress_tab.py" line="129" />
        <source>Alle leerlingen</source>
        <translation>Tüm öğrenciler</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="127" />
        <source>Groep:</source>
        <translation>Grup:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="130" />
        <source>De groep</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="131" />
        <source>Per leerling</source>
        <translation>Öğrenci başına</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="134" />
        <source>Onderdeel</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="135" />
        <source>Met niveau</source>
        <translation>Seviyesi olan</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="136" />
        <source>Gemiddeld niveau</source>
        <translation>Ortalama seviye</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="137" />
        <source>Gem. kans A2</source>
        <translation>Ort. A2 şansı</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="138" />
        <location filename="../gui/teacher/progress_tab.py" line="150" />
        <source>Vragen</source>
        <translation>Sorular</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="139" />
        <source>Goed</source>
        <translation>Doğru</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="140" />
        <source>Niveaus</source>
        <translation>Seviyeler</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="145" />
        <source>Naam</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="146" />
        <source>Groep</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="151" />
        <source>Minuten</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="152" />
        <source>Laatst actief</source>
        <translation>Son etkinlik</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="153" />
        <source>Te beoordelen</source>
        <translation>Değerlendirilecek</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="154" />
        <source>Proefexamens</source>
        <translation>Deneme sınavları</translation>
    </message>
    <message>
        <location filename="../gui/teacher/progress_tab.py" line="159" />
        <source>Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de leerling: A2 of B1). Een streepje: nog geen niveau.</source>
        <translation>Bölüm başına: şimdiki seviye · sınavı geçme şansı (öğrencinin seviyesinde: A2 veya B1). Tire: henüz seviye yok.</translation>
    </message>
</context>
<context>
    <name>ReadingScreen</name>
    <message>
        <location filename="../gui/screens/reading.py" line="360" />
        <source>Vraag {n} van {total} bij deze tekst</source>
        <translation>Bu metin için soru {n} / {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="379" />
        <source>Kies eerst een antwoord.</source>
        <translation>Önce bir cevap seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="388" />
        <source>Uw antwoord is bewaard. Hier is de volgende vraag.</source>
        <translation>Cevabınız kaydedildi. İşte bir sonraki soru.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="391" />
        <source>Goed zo! Dat is het goede antwoord.</source>
        <translation>Aferin! Bu doğru cevap.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="393" />
        <source>Bijna. Het goede antwoord is: {answer}</source>
        <translation>Neredeyse. Doğru cevap: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="423" />
        <source>Korte test: lezen</source>
        <translation>Kısa test: okuma</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="426" />
        <source>Dit is geen examen. Doe rustig uw best. Na een paar vragen weten we welk niveau bij u past.</source>
        <translation>Bu bir sınav değildir. Sakin olun ve elinizden geleni yapın. Birkaç sorudan sonra size hangi seviyenin uygun olduğunu biliriz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="431" />
        <source>Lezen oefenen</source>
        <translation>Okuma alıştırması</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="432" />
        <source>Lees de tekst. Kies dan het goede antwoord.</source>
        <translation>Metni okuyun. Sonra doğru cevabı seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="433" />
        <source>Stoppen</source>
        <translation>Alıştırmayı durdur</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="434" />
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="435" />
        <source>Volgende vraag</source>
        <translation>Sonraki soru</translation>
    </message>
    <message>
        <location filename="../gui/screens/reading.py" line="436" />
        <source>Typ hier uw antwoord</source>
        <translation>Cevabınızı buraya yazın</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message numerus="yes">
        <location filename="../gui/teacher/review_tab.py" line="151" />
        <location filename="../gui/teacher/review_tab.py" line="280" />
        <source>Opnames om te beoordelen: %n</source>
        <translation><numerusform>Değerlendirilecek kayıtlar: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="185" />
        <source>Kies links een opname.</source>
        <translation>Soldan bir kayıt seçin.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="194" />
        <source>{name}, {date} (duur: {seconds} sec.)</source>
        <translation>{name}, {date} (süre: {seconds} sn.)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="206" />
        <source>Het geluidsbestand is niet gevonden: {path}</source>
        <translation>Ses dosyası bulunamadı: {path}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="213" />
        <source>De opdracht wordt geladen…</source>
        <translation>Görev yükleniyor…</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="218" />
        <source>Opdracht: {question}</source>
        <translation>Görev: {question}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="220" />
        <source>Voorbeeldantwoord: {answer}</source>
        <translation>Örnek cevap: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="234" />
        <location filename="../gui/teacher/review_tab.py" line="254" />
        <source>voldoende</source>
        <translation>geçti</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="234" />
        <location filename="../gui/teacher/review_tab.py" line="254" />
        <source>onvoldoende</source>
        <translation>kaldı</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="236" />
        <source>Totaal: {points} van {max} punten: {verdict}</source>
        <translation>Toplam: {max} puandan {points}: {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="256" />
        <source>Opgeslagen: {points} van {max} punten, {verdict}.</source>
        <translation>Kaydedildi: {max} puandan {points}, {verdict}.</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="272" />
        <source>Inhoud: doet de leerling wat de opdracht vraagt?</source>
        <translation>İçerik: öğrenci görevin istediğini yapıyor mu?</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="273" />
        <source>Verstaanbaar: uitspraak en duidelijkheid</source>
        <translation>Anlaşılırlık: telaffuz ve netlik</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="274" />
        <source>Woordenschat</source>
        <translation>Kelime bilgisi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="275" />
        <source>Grammatica</source>
        <translation>Dil bilgisi</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="276" />
        <source>Vloeiend spreken</source>
        <translation>Akıcılık</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="279" />
        <source>(0–2)</source>
        <translation>(0–2)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="281" />
        <source>Ook beoordeelde opnames tonen</source>
        <translation>Değerlendirilmiş kayıtları da göster</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="282" />
        <source>Opdracht</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="284" />
        <source>Beoordeling (voldoende: 6 van 10 punten en minstens 1 punt voor inhoud)</source>
        <translation>Değerlendirme (geçme: 10 puandan 6 ve içerik için en az 1 puan)</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="286" />
        <source>Opmerking:</source>
        <translation>Yorum:</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="287" />
        <source>▶ Opname afspelen</source>
        <translation>▶ Kaydı çal</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="287" />
        <location filename="../gui/teacher/review_tab.py" line="288" />
        <source>■ Stop</source>
        <translation>■ Durdur</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="288" />
        <source>▶ Voorbeeld afspelen</source>
        <translation>▶ Örneği çal</translation>
    </message>
    <message>
        <location filename="../gui/teacher/review_tab.py" line="289" />
        <source>Beoordeling opslaan</source>
        <translation>Değerlendirmeyi kaydet</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <location filename="../gui/dialogs/about.py" line="109" />
        <source>ingesteld door de school (site.toml)</source>
        <translation>okul tarafından ayarlandı (site.toml)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="111" />
        <source>ingesteld op deze computer</source>
        <translation>bu bilgisayarda ayarlandı</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="113" />
        <source>nog niet ingesteld</source>
        <translation>henüz ayarlanmadı</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="118" />
        <source>gevonden</source>
        <translation>bulundu</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="118" />
        <source>niet gevonden</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="124" />
        <location filename="../gui/dialogs/about.py" line="125" />
        <location filename="../gui/dialogs/about.py" line="127" />
        <source>(geen)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="131" />
        <source>Over deze installatie</source>
        <translation>Bu kurulum hakkında</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="134" />
        <source>Voor de ICT-beheerder: hier staan de instellingen van de school en de gegevens. Zie docs/school-setup.md.</source>
        <translation>BT yöneticisi için: okul ayarları ve veriler burada. Bkz. docs/school-setup.md.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="139" />
        <source>Versie:</source>
        <translation>Sürüm:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="140" />
        <source>Instellingen school:</source>
        <translation>Okul ayarları:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="141" />
        <source>Dat bestand is:</source>
        <translation>Bu dosya:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="142" />
        <source>Eigen instellingen:</source>
        <translation>Kendi ayarlar:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="143" />
        <source>Database:</source>
        <translation>Veritabanı:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="144" />
        <source>Map met gegevens:</source>
        <translation>Veri klasörü:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="145" />
        <source>Map met eigen instellingen:</source>
        <translation>Kendi ayarların klasörü:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="146" />
        <source>Map met opnames:</source>
        <translation>Kayıt klasörü:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="147" />
        <source>Gedeelde itembanken:</source>
        <translation>Paylaşılan soru bankaları:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="148" />
        <source>Gedeelde opnames:</source>
        <translation>Paylaşılan kayıtlar:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="149" />
        <source>Docent-PIN:</source>
        <translation>Öğretmen PIN'i:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="150" />
        <source>Vastgezet door school:</source>
        <translation>Okul tarafından kilitlenen:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="156" />
        <source>Onderdelen en hun licenties:</source>
        <translation>Bileşenler ve lisansları:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about.py" line="160" />
        <source>Qt en PySide6 vallen onder de LGPL-3.0. U mag de Qt-bibliotheken vervangen door een eigen versie. Ze staan in: {folder}. De teksten van de licenties staan in: {texts}.</source>
        <translation>Qt ve PySide6 LGPL-3.0 kapsamındadır. Qt kitaplıklarını kendi sürümünüzle değiştirebilirsiniz. Şurada bulunurlar: {folder}. Lisans metinleri şurada: {texts}.</translation>
    </message>
</context>
<context>
    <name>SoundCheckScreen</name>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="262" />
        <source>Geluid testen</source>
        <translation>Sesi test et</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="265" />
        <source>Test eerst uw koptelefoon en uw microfoon. Dat doet u ook bij het echte examen.</source>
        <translation>Önce kulaklığınızı ve mikrofonunuzu test edin. Bunu gerçek sınavda da yaparsınız.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="270" />
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="271" />
        <source>Opnieuw kijken</source>
        <translation>Tekrar kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="274" />
        <source>Verder naar luisteren</source>
        <translation>Dinlemeye geç</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="275" />
        <source>Verder naar spreken</source>
        <translation>Konuşmaya geç</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="276" />
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="281" />
        <source>1. Koptelefoon of luidspreker</source>
        <translation>1. Kulaklık veya hoparlör</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="284" />
        <location filename="../gui/screens/soundcheck.py" line="320" />
        <source>Gevonden: {name}</source>
        <translation>Bulundu: {name}</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="285" />
        <source>Klik op Luisteren. Hoort u het geluid goed?</source>
        <translation>Dinle'ye tıklayın. Sesi iyi duyuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="287" />
        <location filename="../gui/screens/soundcheck.py" line="322" />
        <source>Niet gevonden.</source>
        <translation>Bulunamadı.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="290" />
        <source>Ja, ik hoor het</source>
        <translation>Evet, duyuyorum</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="291" />
        <location filename="../gui/screens/soundcheck.py" line="352" />
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="294" />
        <source>We vinden geen luidspreker of koptelefoon. Zonder geluid kunt u niet luisteren.
Sluit een koptelefoon of luidsprekers aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Hoparlör veya kulaklık bulamıyoruz. Ses olmadan dinleyemezsiniz.
Kulaklık veya hoparlör takın. Sonra 'Tekrar kontrol et'e tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="300" />
        <source>Goed zo. Het geluid werkt.</source>
        <translation>Aferin. Ses çalışıyor.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="303" />
        <source>Zet het geluid van de computer harder. Kijk of de koptelefoon goed vastzit. Probeer het dan nog een keer.</source>
        <translation>Bilgisayarın sesini açın. Kulaklığın iyi takılı olduğunu kontrol edin. Sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="317" />
        <source>2. Microfoon</source>
        <translation>2. Mikrofon</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="327" />
        <source>Neem 3 seconden op</source>
        <translation>3 saniye kaydet</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="329" />
        <source>Opnieuw opnemen</source>
        <translation>Tekrar kaydet</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="334" />
        <source>Spreek nu. Zeg bijvoorbeeld: 'Goedemorgen, ik heet …'.</source>
        <translation>Şimdi konuşun. Örneğin şunu söyleyin: 'Goedemorgen, ik heet …' (Günaydın, benim adım …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/soundcheck.py" line="336" />
        <source>Nog %n seconden.</source>
        <translation><numerusform>Kalan saniye: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="340" />
        <source>Dit is uw opname. Klik op Luisteren om hem nog eens te horen.</source>
        <translation>Bu sizin kaydınız. Tekrar duymak için Dinle'ye tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="343" />
        <source>Klik op de knop. Zeg dan iets. U heeft 3 seconden.</source>
        <translation>Düğmeye tıklayın. Sonra bir şey söyleyin. 3 saniyeniz var.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="350" />
        <source>Hoort u uw eigen stem?</source>
        <translation>Kendi sesinizi duyuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="351" />
        <source>Ja, ik hoor mijzelf</source>
        <translation>Evet, kendimi duyuyorum</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="355" />
        <source>We vinden geen microfoon. Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.
U kunt ook zonder microfoon spreken oefenen. U zegt dan uw antwoord hardop.</source>
        <translation>Mikrofon bulamıyoruz. Bir mikrofon veya mikrofonlu kulaklık takın. Sonra 'Tekrar kontrol et'e tıklayın.
Mikrofon olmadan da konuşma alıştırması yapabilirsiniz. O zaman cevabınızı sesli söylersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="362" />
        <source>Goed zo. De microfoon werkt.</source>
        <translation>Aferin. Mikrofon çalışıyor.</translation>
    </message>
    <message>
        <location filename="../gui/screens/soundcheck.py" line="365" />
        <source>Spreek wat harder, of houd de microfoon dichter bij uw mond. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Biraz daha yüksek sesle konuşun veya mikrofonu ağzınıza yaklaştırın. Mikrofonun açık olduğunu kontrol edin. Sonra tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>SpeakingScreen</name>
    <message>
        <location filename="../gui/screens/speaking.py" line="308" />
        <source>Opdracht {n} van {total}</source>
        <translation>Görev {n} / {total}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="418" />
        <source>Geeft u antwoord op de vraag?</source>
        <translation>Soruya cevap veriyor musunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="419" />
        <source>Spreekt u in hele zinnen?</source>
        <translation>Tam cümlelerle konuşuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="420" />
        <source>Spreekt u duidelijk?</source>
        <translation>Açık konuşuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="444" />
        <location filename="../gui/screens/speaking.py" line="560" />
        <source>Uw antwoord is niet bewaard</source>
        <translation>Cevabınız kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="493" />
        <source>Kies eerst een antwoord.</source>
        <translation>Önce bir cevap seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="500" />
        <source>Goed zo! Dat zegt u in deze situatie.</source>
        <translation>Aferin! Bu durumda bunu söylersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="502" />
        <source>Bijna. Beter is: {answer}</source>
        <translation>Neredeyse. Şunu söylemek daha iyi: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="546" />
        <source>Spreken oefenen</source>
        <translation>Konuşma alıştırması</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="549" />
        <source>U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.</source>
        <translation>Mikrofonsuz alıştırma yapıyorsunuz. Cevabınızı sesli söyleyin. Sonra karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="553" />
        <source>Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.</source>
        <translation>Görevi dinleyin. Biraz düşünün. Sonra cevabınızı kaydedin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="555" />
        <source>Stoppen</source>
        <translation>Alıştırmayı durdur</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="557" />
        <source>De opdracht:</source>
        <translation>Görev:</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="558" />
        <source>Luister naar de situatie. Kies dan de goede reactie.</source>
        <translation>Durumu dinleyin. Sonra doğru tepkiyi seçin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="562" />
        <source>Luister naar uw antwoord</source>
        <translation>Cevabınızı dinleyin</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="564" />
        <source>Een goed antwoord</source>
        <translation>İyi bir cevap</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="565" />
        <source>Kijk zelf</source>
        <translation>Kendiniz kontrol edin</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="567" />
        <source>Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.</source>
        <translation>Cevabınızı iyi cevapla karşılaştırın. Doğruysa kutuyu işaretleyin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="569" />
        <location filename="../gui/screens/speaking.py" line="572" />
        <source>Volgende opdracht</source>
        <translation>Sonraki görev</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="570" />
        <source>Opnieuw opnemen</source>
        <translation>Tekrar kaydet</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="571" />
        <source>Controleer</source>
        <translation>Kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="581" />
        <source>Even geduld. We luisteren naar uw opname…</source>
        <translation>Biraz bekleyin. Kaydınızı dinliyoruz…</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="583" />
        <source>De microfoon doet het niet meer</source>
        <translation>Mikrofon çalışmayı bıraktı</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="585" />
        <source>Er is geen microfoon</source>
        <translation>Mikrofon yok</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="588" />
        <source>We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen.</source>
        <translation>Mikrofon bulamıyoruz. Bu yüzden cevabınızı kaydedemiyoruz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="590" />
        <source>U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een goed antwoord. U kijkt zelf of uw antwoord goed was.</source>
        <translation>Yine de alıştırma yapabilirsiniz. Cevabınızı sesli söylersiniz. Sonra iyi bir cevap duyar ve okursunuz. Cevabınızın iyi olup olmadığını kendiniz kontrol edersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="594" />
        <source>Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. Klik dan op 'Opnieuw kijken'.</source>
        <translation>Kayıt yapmak ister misiniz? Bir mikrofon veya mikrofonlu kulaklık takın. Sonra 'Tekrar kontrol et'e tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="599" />
        <source>We vinden ook geen luidspreker. U kunt de opdrachten wel lezen.</source>
        <translation>Hoparlör de bulamıyoruz. Görevleri yine de okuyabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="601" />
        <source>Oefenen zonder opname</source>
        <translation>Kayıt yapmadan alıştırma yap</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="602" />
        <source>Opnieuw kijken</source>
        <translation>Tekrar kontrol et</translation>
    </message>
    <message>
        <location filename="../gui/screens/speaking.py" line="603" />
        <source>Terug naar het begin</source>
        <translation>Başa dön</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../gui/screens/results.py" line="59" />
        <source>de gemeente</source>
        <translation>belediye</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="60" />
        <source>werk</source>
        <translation>iş</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="61" />
        <source>gezondheid</source>
        <translation>sağlık</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="62" />
        <source>wonen</source>
        <translation>konut</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="63" />
        <source>school</source>
        <translation>okul</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="64" />
        <source>winkelen</source>
        <translation>alışveriş</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="65" />
        <source>reizen</source>
        <translation>yolculuk</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="66" />
        <source>vrije tijd</source>
        <translation>boş zaman</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="67" />
        <source>geld</source>
        <translation>para</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="68" />
        <source>familie</source>
        <translation>aile</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="69" />
        <source>buren</source>
        <translation>komşular</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="70" />
        <source>instanties</source>
        <translation>resmî kurumlar</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="71" />
        <source>nieuws</source>
        <translation>haberler</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="72" />
        <source>algemeen</source>
        <translation>genel</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="77" />
        <source>Naar het begin</source>
        <translation>Başa git</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="78" />
        <source>Nog een keer oefenen</source>
        <translation>Tekrar alıştırma yap</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="84" />
        <source>De test is klaar. Dank u wel!</source>
        <translation>Test bitti. Teşekkürler!</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="86" />
        <source>Klaar! Goed gedaan.</source>
        <translation>Bitti! Aferin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="93" />
        <source>U heeft %n opdrachten ingesproken.</source>
        <translation><numerusform>Cevap kaydettiğiniz görev sayısı: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="94" />
        <location filename="../gui/screens/results.py" line="108" />
        <source>U oefende %n minuten.</source>
        <translation><numerusform>Alıştırma süresi (dakika): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="98" />
        <source>Bij {good} van de %n keuzevragen koos u de goede reactie.</source>
        <translation><numerusform>Çoktan seçmeli sorular: %n sorunun {good} tanesinde doğru tepkiyi seçtiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="104" />
        <source>U heeft {good} van de %n vragen goed.</source>
        <translation><numerusform>%n sorudan {good} tanesi doğru.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="114" />
        <source>Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.</source>
        <translation>Kayıtlarınız kaydedildi. Öğretmeniniz onları daha sonra dinleyebilir.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="116" />
        <source>Er zijn geen opnames bewaard.</source>
        <translation>Hiç kayıt kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="120" />
        <source>Uw niveau is nu {level}. Eerst was het {before}.</source>
        <translation>Seviyeniz şimdi {level}. Önce {before} idi.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="125" />
        <source>Uw niveau is nu {level}.</source>
        <translation>Seviyeniz şimdi {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/screens/results.py" line="128" />
        <source>%n opdrachten zijn niet opgenomen.</source>
        <translation><numerusform>Kaydedilmeyen görev sayısı: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="130" />
        <source>Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.</source>
        <translation>Mikrofonu 'Sesi test et' bölümünde test edin. Sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="135" />
        <source>Oefen nog wat meer met fragmenten over: {themes}.</source>
        <translation>Şu konulardaki ses kayıtlarıyla biraz daha alıştırma yapın: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="137" />
        <source>Oefen nog wat meer met teksten over: {themes}.</source>
        <translation>Şu konulardaki metinlerle biraz daha alıştırma yapın: {themes}.</translation>
    </message>
    <message>
        <location filename="../gui/screens/results.py" line="142" />
        <source>Alles ging goed. Probeer de volgende keer iets moeilijkers.</source>
        <translation>Her şey iyi gitti. Bir dahaki sefere daha zor bir şey deneyin.</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../gui/dialogs/pin.py" line="192" />
        <source>Deze PIN klopt niet.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="204" />
        <source>De twee PIN's zijn niet hetzelfde.</source>
        <translation>İki PIN aynı değil.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="214" />
        <source>Docent</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="220" />
        <source>Er is nog geen docent-PIN op deze computer. Kies een PIN van minstens 4 tekens (beter: 6 of meer). Leerlingen mogen deze PIN niet weten.</source>
        <translation>Bu bilgisayarda henüz öğretmen PIN'i yok. En az 4 karakterli bir PIN seçin (daha iyisi: 6 veya daha fazla). Öğrenciler bu PIN'i bilmemeli.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="226" />
        <source>Typ de docent-PIN. Daarna ziet u de resultaten van alle leerlingen.</source>
        <translation>Öğretmen PIN'ini yazın. Sonra tüm öğrencilerin sonuçlarını görürsünüz.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="228" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="229" />
        <source>Nog een keer:</source>
        <translation>Bir kez daha:</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>PIN opslaan</source>
        <translation>PIN'i kaydet</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="230" />
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/pin.py" line="231" />
        <source>Annuleren</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>TeacherScreen</name>
    <message>
        <location filename="../gui/screens/teacher.py" line="93" />
        <source>Docent</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="94" />
        <source>Over deze installatie</source>
        <translation>Bu kurulum hakkında</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="95" />
        <source>Docent afsluiten</source>
        <translation>Öğretmen modunu kapat</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="97" />
        <source>Leerlingen en groepen</source>
        <translation>Öğrenciler ve gruplar</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="98" />
        <source>Voortgang</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="99" />
        <source>Itembanken</source>
        <translation>Soru bankaları</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="100" />
        <source>Spreken beoordelen</source>
        <translation>Konuşmayı değerlendir</translation>
    </message>
    <message>
        <location filename="../gui/screens/teacher.py" line="101" />
        <source>Exporteren</source>
        <translation>Dışa aktar</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <location filename="../audio/messages.py" line="75" />
        <source>We vinden geen luidspreker of koptelefoon. Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.</source>
        <translation>Hoparlör veya kulaklık bulamıyoruz. Kulaklık veya hoparlör takın ve tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="80" />
        <source>We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.</source>
        <translation>Mikrofon bulamıyoruz. Bir mikrofon takın ve tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="83" />
        <source>De microfoon doet het niet meer. Wat u al had gezegd, is bewaard.</source>
        <translation>Mikrofon çalışmayı bıraktı. Söylediğiniz kısım kaydedildi.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="86" />
        <source>De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent.</source>
        <translation>Bilgisayar dolu. Kaydınız kaydedilmedi. Öğretmeninizden yardım isteyin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="89" />
        <source>Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet.</source>
        <translation>Bu ses çalınamıyor. Dosya bozuk veya henüz yok.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="92" />
        <source>Het programma om geluid om te zetten ontbreekt (ffmpeg).</source>
        <translation>Sesi dönüştüren program eksik (ffmpeg).</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="95" />
        <source>Er ging iets mis met het geluid. Probeer het opnieuw.</source>
        <translation>Seste bir sorun oldu. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="32" />
        <source>U sprak 1 seconde.</source>
        <translation>1 saniye konuştunuz.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="33" />
        <source>U sprak {seconds} seconden.</source>
        <translation>Konuşma süreniz (saniye): {seconds}.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="34" />
        <source>Een goed antwoord duurt {low} tot {high} seconden.</source>
        <translation>İyi bir cevap {low} ile {high} saniye sürer.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="37" />
        <source>We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.</source>
        <translation>Ses duymadık. Mikrofonun açık olduğunu kontrol edin. Sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="41" />
        <source>Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond.</source>
        <translation>Sesiniz kısıktı. Biraz daha yüksek sesle konuşun veya mikrofonu ağzınıza yaklaştırın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="44" />
        <source>Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg.</source>
        <translation>Ses çok yüksekti. Biraz daha sessiz konuşun veya mikrofonu uzaklaştırın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="47" />
        <source>Vertel wat meer.</source>
        <translation>Biraz daha anlatın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="48" />
        <source>Probeer het korter te zeggen.</source>
        <translation>Daha kısa söylemeye çalışın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="49" />
        <source>Dat is een goede lengte. Goed gedaan!</source>
        <translation>Bu iyi bir uzunluk. Aferin!</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="50" />
        <source>U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>Konuşmaya {seconds} saniye sonra başladınız. Bu olur. Ama biraz daha erken başlamaya çalışın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="53" />
        <source>U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Bir kez {seconds} saniye sessiz kaldınız. Düşünmek için kısa bir ara olur. Sonra konuşmaya devam edin.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="61" />
        <source>U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder.</source>
        <translation>Konuşmaya 1 saniye sonra başladınız. Bu olur. Ama biraz daha erken başlamaya çalışın.</translation>
    </message>
    <message>
        <location filename="../audio/messages.py" line="64" />
        <source>U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door.</source>
        <translation>Bir kez 1 saniye sessiz kaldınız. Düşünmek için kısa bir ara olur. Sonra konuşmaya devam edin.</translation>
    </message>
</context>
<context>
    <name>exam</name>
    <message>
        <location filename="../gui/exam_texts.py" line="22" />
        <source>Lezen</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="23" />
        <source>Luisteren</source>
        <translation>Dinleme</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="24" />
        <source>Spreken</source>
        <translation>Konuşma</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="31" />
        <source>Oefenset met tijd: {skill} {level}</source>
        <translation>Süreli alıştırma seti: {skill} {level}</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="34" />
        <source>Examen {skill} {level}</source>
        <translation>Sınav {skill} {level}</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="49" />
        <source>Er zijn %n opdrachten.</source>
        <translation><numerusform>Görev sayısı: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="52" />
        <source>Bij %n opdrachten spreekt u een antwoord in.</source>
        <translation><numerusform>%n görevde bir cevap kaydedersiniz.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="54" />
        <source>Bij %n opdrachten kiest u de goede reactie.</source>
        <translation><numerusform>%n görevde doğru tepkiyi seçersiniz.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="61" />
        <source>Bij elke opdracht spreekt u een antwoord in.</source>
        <translation>Her görevde bir cevap kaydedersiniz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="65" />
        <source>Er zijn %n vragen.</source>
        <translation><numerusform>Soru sayısı: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="66" />
        <source>U heeft %n minuten.</source>
        <translation><numerusform>Süreniz (dakika): %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="69" />
        <source>Eerst maakt u %n oefenvragen. Die tellen niet mee. Daarna begint de tijd.</source>
        <translation><numerusform>Önce alıştırma soruları yaparsınız (sayı: %n). Bunlar sayılmaz. Sonra süre başlar.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="77" />
        <source>Boven in het scherm ziet u hoeveel tijd u nog heeft.</source>
        <translation>Ekranın üstünde ne kadar süreniz kaldığını görürsünüz.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="80" />
        <source>U ziet geen klok, net als bij het echte examen. U krijgt een melding als u nog 5 minuten en nog 1 minuut heeft.</source>
        <translation>Gerçek sınavdaki gibi saat görmezsiniz. 5 dakika ve 1 dakika kaldığında bir uyarı alırsınız.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="88" />
        <source>Onderaan staan de nummers van alle vragen. U mag zelf kiezen welke vraag u maakt. U kunt ook terug.</source>
        <translation>Altta tüm soruların numaralarını görürsünüz. Hangi soruyu yapacağınızı kendiniz seçebilirsiniz. Geri de dönebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="95" />
        <source>U gaat steeds naar de volgende opdracht. Terug kan niet.</source>
        <translation>Her zaman bir sonraki göreve geçersiniz. Geri dönemezsiniz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="98" />
        <source>U mag elk fragment %n keer horen. Nog een keer luisteren kost wel tijd.</source>
        <translation><numerusform>Her ses kaydını dinleme hakkınız: %n. Tekrar dinlemek zaman alır.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="107" />
        <source>U hoort de opdracht. U krijgt even tijd om na te denken. Na een piep spreekt u uw antwoord in.</source>
        <translation>Görevi duyarsınız. Düşünmek için biraz zamanınız olur. Bir bip sesinden sonra cevabınızı kaydedersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="114" />
        <source>Aan het einde luistert u zelf naar uw opnames. U kijkt zelf of ze goed zijn, of uw docent doet dat.</source>
        <translation>Sonunda kayıtlarınızı kendiniz dinlersiniz. İyi olup olmadıklarını kendiniz kontrol edersiniz veya öğretmeniniz yapar.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="122" />
        <source>Elke goede vraag is 1 punt. Een vraag zonder antwoord is fout. Kies dus altijd een antwoord.</source>
        <translation>Her doğru cevap 1 puandır. Cevapsız soru yanlıştır. Bu yüzden her zaman bir cevap seçin.</translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="130" />
        <source>Bij het Staatsexamen heeft u met {score} punten op de schaal een voldoende. Wij geven aan het einde een schatting van uw score.</source>
        <translation>Staatsexamen'de (devlet sınavı) ölçekte {score} puan geçer nottur. Sonunda puanınız için bir tahmin veririz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="138" />
        <source>Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is genoeg. Dat is geen officiële grens.</source>
        <translation><numerusform>Hazırlık siteleri şöyle diyor: %n sorudan yaklaşık {n} doğru yeterlidir. Bu resmî bir sınır değildir.</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/exam_texts.py" line="146" />
        <source>De uitslag ziet u pas aan het einde.</source>
        <translation>Sonucu ancak sonunda görürsünüz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/exam_texts.py" line="158" />
        <source>nog %n minuten</source>
        <translation><numerusform>kalan dakika: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="58" />
        <source>U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?</source>
        <translation>Bir sınav yapıyordunuz ({skill} {level}, {left}). Devam etmek ister misiniz?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="64" />
        <source>Verder met het examen?</source>
        <translation>Sınava devam edilsin mi?</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="67" />
        <source>Verder gaan</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <location filename="../gui/screens/exam_open.py" line="69" />
        <source>Stoppen</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="89" />
        <source>Vraag {n}: beantwoord</source>
        <translation>Soru {n}: cevaplandı</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="91" />
        <source>Vraag {n}: nog open</source>
        <translation>Soru {n}: hâlâ açık</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="273" />
        <source>De opdracht:</source>
        <translation>Görev:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/exam_question.py" line="280" />
        <source>U heeft deze opdracht al ingesproken.</source>
        <translation>Bu görevi zaten kaydettiniz.</translation>
    </message>
</context>
<context>
    <name>speaking_task</name>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="176" />
        <location filename="../gui/widgets/speaking_task.py" line="386" />
        <source>Klaar.</source>
        <translation>Bitti.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="298" />
        <source>Probeer het nog een keer, of ga verder zonder opname.</source>
        <translation>Tekrar deneyin veya kayıt olmadan devam edin.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="333" />
        <source>● Opname loopt</source>
        <translation>● Kayıt</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="334" />
        <source>Zo hard hoort de microfoon u:</source>
        <translation>Mikrofon sizi bu kadar yüksek duyuyor:</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="336" />
        <source>Ik ben klaar. Begin nu.</source>
        <translation>Hazırım. Şimdi başla.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="338" />
        <source>Begin nu</source>
        <translation>Şimdi başla</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="341" />
        <source>Klaar</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="343" />
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="345" />
        <source>Verder zonder opname</source>
        <translation>Kayıt olmadan devam et</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="351" />
        <source>Luister naar de opdracht.</source>
        <translation>Görevi dinleyin.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="352" />
        <source>Daarna krijgt u even tijd om na te denken.</source>
        <translation>Sonra düşünmek için biraz zamanınız olur.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="356" />
        <source>Denk na over uw antwoord.</source>
        <translation>Cevabınızı düşünün.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="357" />
        <source>Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.</source>
        <translation>Süre dolunca cevabınızı sesli söyleyin. Hiçbir şey kaydedilmez.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="362" />
        <source>Na de piep begint de opname. Dan spreekt u.</source>
        <translation>Bip sesinden sonra kayıt başlar. O zaman konuşursunuz.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="367" />
        <source>Zeg uw antwoord hardop.</source>
        <translation>Cevabınızı sesli söyleyin.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="368" />
        <source>Er is geen microfoon. Er wordt niets opgenomen.</source>
        <translation>Mikrofon yok. Hiçbir şey kaydedilmez.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="370" />
        <source>Klaar? Klik dan op 'Klaar'.</source>
        <translation>Bitti mi? O zaman 'Bitti'ye tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="373" />
        <source>Spreek nu.</source>
        <translation>Şimdi konuşun.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="374" />
        <source>Als de tijd om is, gaat u vanzelf naar de volgende opdracht.</source>
        <translation>Süre dolunca otomatik olarak bir sonraki göreve geçersiniz.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="378" />
        <source>De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.</source>
        <translation>Süre dolunca kayıt kendiliğinden durur. Bitti mi? 'Durdur'a tıklayın.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/speaking_task.py" line="384" />
        <source>Even geduld. We bewaren uw opname…</source>
        <translation>Biraz bekleyin. Kaydınızı kaydediyoruz…</translation>
    </message>
</context>
</TS>