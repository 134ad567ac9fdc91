// Places as English reporting spells them, each with its name in the Arabic gazetteer (places.ts),
// so that an English article's place is the node an Arabic article's place is. Public knowledge.
import type { PlaceKind } from '@shabaka/model';

export interface LatinPlace {
  arabic: string;
  latin: readonly string[];
  kind: PlaceKind;
}

const RAW: Record<'country' | 'governorate' | 'city' | 'region', string> = {
  country: `سوريا=Syria
العراق=Iraq
لبنان=Lebanon
تركيا=Turkey|Türkiye
الأردن=Jordan
إيران=Iran
روسيا=Russia
مصر=Egypt
اليمن=Yemen
ليبيا=Libya
الصومال=Somalia
أفغانستان=Afghanistan
السعودية=Saudi Arabia
إسرائيل=Israel
قطر=Qatar
الولايات المتحدة=United States|US|U.S.|USA`,
  governorate: `الأنبار=Anbar|al-Anbar
نينوى=Nineveh|Ninawa
صلاح الدين=Salahuddin|Salah al-Din
ديالى=Diyala
كركوك=Kirkuk
الحسكة=Hasakah|Hassakeh|al-Hasakah
السويداء=Sweida|Suwayda|as-Suwayda
القنيطرة=Quneitra
طرطوس=Tartus
دهوك=Duhok|Dohuk
السليمانية=Sulaymaniyah|Sulaimani
النجف=Najaf
كربلاء=Karbala`,
  city: `دمشق=Damascus
حلب=Aleppo
إدلب=Idlib
حمص=Homs
حماة=Hama
اللاذقية=Latakia
درعا=Daraa|Deraa
الرقة=Raqqa|Raqqah|al-Raqqa
دير الزور=Deir ez-Zor|Deir al-Zor|Deir Ezzor
القامشلي=Qamishli
منبج=Manbij
الباب=al-Bab
عفرين=Afrin
بغداد=Baghdad
الموصل=Mosul
الفلوجة=Fallujah
الرمادي=Ramadi
تكريت=Tikrit
سامراء=Samarra
البصرة=Basra
أربيل=Erbil|Irbil
بيروت=Beirut
غزة=Gaza
صنعاء=Sanaa|Sana'a
عدن=Aden
مقديشو=Mogadishu
كابل=Kabul
قندهار=Kandahar
الحويجة=Hawija|Hawijah
تلعفر=Tal Afar
سنجار=Sinjar
بيجي=Baiji|Beiji
القائم=al-Qaim
حديثة=Haditha
بعقوبة=Baqubah
الشرقاط=Shirqat
جرابلس=Jarablus
أعزاز=Azaz|A'zaz
تل رفعت=Tal Rifaat
عين العرب=Kobani|Ayn al-Arab
تل أبيض=Tal Abyad
رأس العين=Ras al-Ain
الشدادي=Shaddadi|al-Shaddadi
البوكمال=al-Bukamal|Albu Kamal|Bukamal
الميادين=al-Mayadin|Mayadin
هجين=Hajin
الشحيل=al-Shuhail|Shuhail
الباغوز=Baghouz|al-Baghouz
الأتارب=al-Atarib|Atarib
سرمدا=Sarmada
معرة النعمان=Maarat al-Numan|Maarat al-Nuaman
سراقب=Saraqib
أريحا=Ariha
جسر الشغور=Jisr al-Shughur
خان شيخون=Khan Shaykhun
تدمر=Palmyra|Tadmur
عين عيسى=Ain Issa
الطبقة=Tabqa|al-Tabqa`,
  region: `البادية السورية=Syrian desert|Badia`,
};

export const LATIN_PLACES: readonly LatinPlace[] = Object.entries(RAW).flatMap(([kind, lines]) =>
  lines.split('\n').map((line) => {
    const [arabic, latin] = line.split('=') as [string, string];
    return { arabic, latin: latin.split('|'), kind: kind as PlaceKind };
  }),
);
