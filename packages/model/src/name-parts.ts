// Name parts whose Latin spelling news reporting has settled (`محمد` Mohammed, `حسين` Hussein,
// `الجولاني` al-Julani), which letter rules alone cannot guess from unvowelled script. Keys are
// name keys (names.ts `nameKey`) without the article; `transliterate` adds `al-` itself.
const PARTS = `
ابو=Abu ام=Umm بن=bin ابن=bin بنت=bint عبد=Abd
محمد=Mohammed احمد=Ahmed محمود=Mahmoud مصطفي=Mustafa علي=Ali عمر=Omar عثمان=Othman
حسن=Hassan حسين=Hussein خالد=Khaled خليل=Khalil ابراهيم=Ibrahim اسماعيل=Ismail يوسف=Youssef
يونس=Younis عيسي=Issa موسي=Mousa سليمان=Suleiman سعد=Saad سعيد=Saeed سالم=Salem صالح=Saleh
صلاح=Salah جمال=Jamal كمال=Kamal فيصل=Faisal فاروق=Farouk طارق=Tariq زياد=Ziad زيد=Zaid
ياسر=Yasser ياسين=Yassin ماهر=Maher مازن=Mazen نبيل=Nabil نزار=Nizar وليد=Walid هشام=Hisham
حمزه=Hamza حامد=Hamid حمد=Hamad رامي=Rami سامي=Sami سامر=Samer عادل=Adel عدنان=Adnan عماد=Imad
عامر=Amer عمار=Ammar عباس=Abbas عبيده=Obaida انس=Anas اسامه=Osama بشار=Bashar بكر=Bakr
جعفر=Jaafar جابر=Jaber حيدر=Haidar قاسم=Qassem كريم=Karim مالك=Malik معاذ=Muadh مهدي=Mahdi
هادي=Hadi نور=Nour منصور=Mansour ناصر=Nasser نصر=Nasr فراس=Firas فادي=Fadi رائد=Raed رياض=Riyad
شريف=Sharif عزيز=Aziz عزت=Izzat عز=Izz مجيد=Majid رشيد=Rashid سيف=Saif عصام=Issam هيثم=Haitham
زهير=Zuhair ايمن=Ayman مروان=Marwan عمرو=Amr فواز=Fawaz قصي=Qusay عقيل=Aqil
فاطمه=Fatima عائشه=Aisha عايشه=Aisha مريم=Maryam زينب=Zainab خديجه=Khadija ساره=Sara ليلي=Layla
دين=Din الله=Allah رحمن=Rahman رحيم=Rahim قادر=Qader
حلبي=Halabi شامي=Shami مصري=Masri عراقي=Iraqi انصاري=Ansari بغدادي=Baghdadi جولاني=Julani
شعبي=Shaabi حشد=Hashd دوله=Dawla اسلاميه=Islamiya شام=Sham تحرير=Tahrir هيئه=Hayat حزب=Hizb
جبهه=Jabhat جيش=Jaish حركه=Harakat زرقاوي=Zarqawi ظواهري=Zawahiri مهندس=Muhandis عبيدي=Obeidi
جبوري=Jubouri دليمي=Dulaimi تميمي=Tamimi خطيب=Khatib حريري=Hariri اسد=Assad قحطاني=Qahtani
عاني=Ani حمصي=Homsi ادلبي=Idlibi ديري=Deiri حوراني=Hourani كردي=Kurdi تركي=Turki سوري=Suri
شيشاني=Shishani تونسي=Tunisi ليبي=Libi مغربي=Maghribi اردني=Urduni سعودي=Saudi يمني=Yamani
قاعده=Qaeda نصره=Nusra شباب=Shabaab حوثي=Houthi طالبان=Taliban داعش=Daesh حماس=Hamas
`;

export const NAME_PARTS: ReadonlyMap<string, string> = new Map(
  PARTS.trim()
    .split(/\s+(?=\S+=)/)
    .map((entry) => entry.split('=') as [string, string]),
);
