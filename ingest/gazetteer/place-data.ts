// Places below the country level: cities, states and provinces that belong to one country (matched as places of that
// country, never standing for it), and regions or nations that belong to none of our country rows.

/** Cities, states and provinces by country: "Country|place;place;…" (forms with their usual abbreviations). */
export const PLACE_DATA: readonly string[] = [
  "United States|Alabama;Ala.;Alaska;Arizona;Ariz.;Arkansas;Ark.;California;Calif.;Colorado;Colo.;Connecticut;Conn.;" +
    "Delaware;Del.;Florida;Fla.;Hawaii;Idaho;Illinois;Ill.;Indiana;Ind.;Iowa;Kansas;Kan.;Kentucky;Ky.;Louisiana;" +
    "La.;Maine;Maryland;Md.;Massachusetts;Mass.;Michigan;Mich.;Minnesota;Minn.;Mississippi;Missouri;Mo.;" +
    "Montana;Mont.;Nebraska;Neb.;Nevada;Nev.;New Hampshire;N.H.;New Jersey;N.J.;New Mexico;N.M.;New York;N.Y.;" +
    "North Carolina;N.C.;North Dakota;N.D.;Ohio;Oklahoma;Okla.;Oregon;Ore.;Pennsylvania;Pa.;Rhode Island;R.I.;" +
    "South Carolina;S.C.;South Dakota;S.D.;Tennessee;Tenn.;Texas;Utah;Vermont;Vt.;Virginia;Va.;West Virginia;" +
    "W.Va.;Wisconsin;Wis.;Wyoming;Wyo.;New York City;Los Angeles;Chicago;Houston;Philadelphia;Phoenix;San Antonio;" +
    "San Diego;Dallas;San Francisco;Boston;Seattle;Denver;Detroit;Atlanta;Miami;Baltimore;Cleveland;Pittsburgh;" +
    "Cincinnati;St. Louis;St Louis;Kansas City;Milwaukee;Minneapolis;New Orleans;Las Vegas;Oakland;Sacramento;" +
    "Portland;Nashville;Memphis;Tampa;Indianapolis;Honolulu;Anchorage;Salt Lake City;Silicon Valley;" +
    "Manhattan;Brooklyn;Wall Street;Capitol Hill;Midwest;New England",
  "Canada|Ontario;Quebec;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland;" +
    "Toronto;Montreal;Vancouver;Calgary;Edmonton;Winnipeg",
  "United Kingdom|Manchester;Liverpool;Birmingham;Leeds;Glasgow;Edinburgh;Cardiff;Belfast;Bristol;Newcastle;" +
    "Sheffield;Nottingham;Oxford;Cambridge;Southampton;Aberdeen;Dover;Heathrow;Yorkshire;Essex;Surrey;Sussex",
  "Australia|New South Wales;Queensland;Tasmania;Western Australia;South Australia;Sydney;Melbourne;Brisbane;Perth;" +
    "Adelaide",
  "New Zealand|Auckland;Christchurch",
  "France|Marseille;Marseilles;Lyon;Lyons;Toulouse;Bordeaux;Lille;Strasbourg;Nantes;Corsica;Brittany;Normandy",
  "Germany|Munich;Hamburg;Frankfurt;Cologne;Stuttgart;Duesseldorf;Düsseldorf;Dresden;Leipzig;Bonn;Bavaria;Hanover",
  "Italy|Milan;Naples;Turin;Florence;Venice;Genoa;Palermo;Bologna;Sicily;Sardinia",
  "Spain|Barcelona;Seville;Valencia;Bilbao;Catalonia;Andalusia;Basque Country",
  "Netherlands|Rotterdam;The Hague;Utrecht;Eindhoven",
  "Belgium|Antwerp;Ghent;Flanders;Wallonia",
  "Switzerland|Geneva;Zurich;Basel;Lausanne;Davos",
  "Russia|St Petersburg;St. Petersburg;Saint Petersburg;Siberia;Chechnya;Grozny;Dagestan;Kaliningrad;Novosibirsk;" +
    "Vladivostok;Murmansk;Belgorod;Kursk;Bryansk;Rostov;Rostov-on-Don;Sochi;Yekaterinburg",
  "Ukraine|Kharkiv;Kharkov;Odesa;Odessa;Lviv;Dnipro;Zaporizhzhia;Mariupol;Kherson;Mykolaiv;Donetsk;Luhansk;" +
    "Bakhmut;Chernihiv;Sumy;Poltava;Kramatorsk;Sloviansk;Bucha;Irpin;Avdiivka;Sevastopol",
  "Poland|Krakow;Gdansk;Wroclaw;Lodz;Rzeszow",
  "Turkey|Istanbul;Izmir",
  "Israel|Tel Aviv;Haifa",
  "Egypt|Alexandria;Sinai",
  "Saudi Arabia|Jeddah;Mecca",
  "Iraq|Basra;Mosul;Kirkuk;Erbil",
  "Syria|Aleppo;Homs;Idlib",
  "Iran|Isfahan",
  "Pakistan|Karachi;Lahore;Peshawar",
  "India|Mumbai;Bombay;Calcutta;Kolkata;Madras;Chennai;Bangalore;Hyderabad;Punjab;Delhi",
  "Afghanistan|Kandahar;Herat;Mazar-i-Sharif",
  "China|Shanghai;Hong Kong;Guangzhou;Shenzhen;Xinjiang;Macau;Macao",
  "Japan|Osaka;Kyoto;Yokohama;Okinawa;Hiroshima",
  "South Korea|Pusan;Busan;Incheon",
  "Indonesia|Surabaya;Java;Bali;Sumatra",
  "Philippines|Mindanao",
  "Brazil|Rio de Janeiro;Sao Paulo;São Paulo",
  "Argentina|Cordoba;Rosario",
  "South Africa|Johannesburg;Cape Town;Durban",
  "Nigeria|Lagos",
  "Kenya|Mombasa",
  "Vietnam|Ho Chi Minh City;Saigon",
  "Thailand|Phuket",
  "Mexico|Guadalajara;Monterrey;Tijuana",
  "Colombia|Medellin;Cali",
];

/** Regions and nations that are no country row: "Name|LOCATION|other names|country it belongs to". */
export const REGION_DATA: readonly string[] = [
  "England|LOCATION||United Kingdom",
  "Scotland|LOCATION||United Kingdom",
  "Wales|LOCATION||United Kingdom",
  "Northern Ireland|LOCATION|Ulster|United Kingdom",
  "West Bank|LOCATION|the West Bank|Palestine",
  "Gaza|LOCATION|Gaza Strip;the Gaza Strip|Palestine",
  "Kashmir|LOCATION||",
  "Washington DC|LOCATION|Washington D.C.;Washington, D.C.;Washington, DC|United States",
  "Tibet|LOCATION||China",
  "Kurdistan|LOCATION||",
  "Caucasus|LOCATION|the Caucasus;North Caucasus|",
  "Scandinavia|LOCATION||",
  "Mideast|LOCATION||",
  "Gulf|LOCATION|the Gulf;Persian Gulf|",
  "Caribbean|LOCATION|the Caribbean|",
  "Mediterranean|LOCATION|the Mediterranean|",
  "Sahara|LOCATION||",
  "West Indies|LOCATION||",
  "Puerto Rico|LOCATION||United States",
  "Greenland|LOCATION||Denmark",
];
