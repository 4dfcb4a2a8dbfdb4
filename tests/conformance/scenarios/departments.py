"""Departments area: the software licenses and hardware items linked to departments (admins only)
and the members of a department, with their refusals."""

# fmt: off
from tests.conformance.scenarios._common import LOGIN_ADMIN, UNKNOWN_ID, delete, get, people, post

D = "/data/departments"
ANIMATION = "/data/departments/{dept_animation}"

SETUP = [
    get("find department Animation", D, query={"name": "Animation"}, save={"dept_animation": "0.id"}),
    get("find department Modeling", D, query={"name": "Modeling"}, save={"dept_modeling": "0.id"}),
    post("create software", "/data/softwares",
         {"name": "Blender", "short_name": "bl", "file_extension": ".blend"}, save={"software": "id"}),
    post("create second software", "/data/softwares", {"name": "Krita", "short_name": "kr",
                                                       "file_extension": ".kra"}, save={"software2": "id"}),
    post("create hardware item", "/data/hardware-items", {"name": "Workstation", "short_name": "ws"},
         save={"hardware": "id"}),
    post("create second hardware item", "/data/hardware-items", {"name": "Tablet", "short_name": "tb"},
         save={"hardware2": "id"}),
    post("add supervisor to department", "/actions/persons/{supervisor_id}/departments/add",
         {"department_id": "{dept_animation}"}),
    post("add artist to department", "/actions/persons/{user_id}/departments/add",
         {"department_id": "{dept_animation}"}),
]

SOFTWARE = [
    get("software licenses before links", f"{D}/software-licenses"),
    post("add software license", f"{ANIMATION}/software-licenses", {"software_id": "{software}"}),
    post("add software license again", f"{ANIMATION}/software-licenses", {"software_id": "{software}"}),
    post("add second software license", f"{ANIMATION}/software-licenses", {"software_id": "{software2}"}),
    post("add software license to modeling", "/data/departments/{dept_modeling}/software-licenses",
         {"software_id": "{software}"}),
    post("add software license unknown software", f"{ANIMATION}/software-licenses",
         {"software_id": UNKNOWN_ID}),
    post("add software license malformed software id", f"{ANIMATION}/software-licenses",
         {"software_id": "not-a-uuid"}),
    post("add software license missing field", f"{ANIMATION}/software-licenses", {}),
    post("add software license malformed json", f"{ANIMATION}/software-licenses", content="{nope",
         headers={"Content-Type": "application/json"}),
    post("add software license list body", f"{ANIMATION}/software-licenses", ["{software}"]),
    post("add software license unknown department", f"{D}/{UNKNOWN_ID}/software-licenses",
         {"software_id": "{software}"}),
    post("add software license malformed department id", f"{D}/not-a-uuid/software-licenses",
         {"software_id": "{software}"}),
    post("add software license as manager", f"{ANIMATION}/software-licenses", {"software_id": "{software}"},
         as_="manager"),
    get("software licenses", f"{D}/software-licenses"),
    get("software licenses as manager", f"{D}/software-licenses", as_="manager"),
    get("department software license", f"{ANIMATION}/software-licenses/{{software}}"),
    get("department software license not linked",
        "/data/departments/{dept_modeling}/software-licenses/{software2}"),
    get("department software license unknown software", f"{ANIMATION}/software-licenses/{UNKNOWN_ID}"),
    get("department software license malformed id", f"{ANIMATION}/software-licenses/not-a-uuid"),
    get("department software license unknown department", f"{D}/{UNKNOWN_ID}/software-licenses/{{software}}"),
    get("department software license as supervisor", f"{ANIMATION}/software-licenses/{{software}}",
        as_="supervisor"),
    delete("remove software license as manager", f"{ANIMATION}/software-licenses/{{software2}}",
           as_="manager"),
    delete("remove software license", f"{ANIMATION}/software-licenses/{{software2}}"),
    delete("remove software license not linked", f"{ANIMATION}/software-licenses/{{software2}}"),
    delete("remove software license unknown software", f"{ANIMATION}/software-licenses/{UNKNOWN_ID}"),
    delete("remove software license malformed id", f"{ANIMATION}/software-licenses/not-a-uuid"),
    delete("remove software license unknown department", f"{D}/{UNKNOWN_ID}/software-licenses/{{software}}"),
    get("software licenses after removal", f"{D}/software-licenses"),
]

HARDWARE = [
    get("hardware items before links", f"{D}/hardware-items"),
    post("add hardware item", f"{ANIMATION}/hardware-items", {"hardware_item_id": "{hardware}"}),
    post("add hardware item again", f"{ANIMATION}/hardware-items", {"hardware_item_id": "{hardware}"}),
    post("add second hardware item", f"{ANIMATION}/hardware-items", {"hardware_item_id": "{hardware2}"}),
    post("add hardware item unknown item", f"{ANIMATION}/hardware-items", {"hardware_item_id": UNKNOWN_ID}),
    post("add hardware item malformed item id", f"{ANIMATION}/hardware-items", {"hardware_item_id": "nope"}),
    post("add hardware item missing field", f"{ANIMATION}/hardware-items", {}),
    post("add hardware item no body", f"{ANIMATION}/hardware-items"),
    post("add hardware item unknown department", f"{D}/{UNKNOWN_ID}/hardware-items",
         {"hardware_item_id": "{hardware}"}),
    post("add hardware item malformed department id", f"{D}/not-a-uuid/hardware-items",
         {"hardware_item_id": "{hardware}"}),
    post("add hardware item as supervisor", f"{ANIMATION}/hardware-items", {"hardware_item_id": "{hardware}"},
         as_="supervisor"),
    get("hardware items", f"{D}/hardware-items"),
    get("hardware items as artist", f"{D}/hardware-items", as_="user"),
    get("department hardware item", f"{ANIMATION}/hardware-items/{{hardware}}"),
    get("department hardware item as manager", f"{ANIMATION}/hardware-items/{{hardware}}", as_="manager"),
    delete("remove hardware item as manager", f"{ANIMATION}/hardware-items/{{hardware2}}", as_="manager"),
    delete("remove hardware item", f"{ANIMATION}/hardware-items/{{hardware2}}"),
    delete("remove hardware item not linked", f"{ANIMATION}/hardware-items/{{hardware2}}"),
    delete("remove hardware item unknown item", f"{ANIMATION}/hardware-items/{UNKNOWN_ID}"),
    delete("remove hardware item malformed id", f"{ANIMATION}/hardware-items/not-a-uuid"),
    delete("remove hardware item unknown department", f"{D}/{UNKNOWN_ID}/hardware-items/{{hardware}}"),
    get("hardware items after removal", f"{D}/hardware-items"),
]

MEMBERS = [
    get("department persons", f"{ANIMATION}/persons"),
    get("department persons as artist", f"{ANIMATION}/persons", as_="user"),
    get("department persons as client", f"{ANIMATION}/persons", as_="client"),
    get("department persons as vendor", f"{ANIMATION}/persons", as_="vendor"),
    get("department persons empty", "/data/departments/{dept_modeling}/persons"),
    get("department persons unknown department", f"{D}/{UNKNOWN_ID}/persons"),
    get("department persons malformed id", f"{D}/not-a-uuid/persons"),
]

STEPS = [LOGIN_ADMIN, *people(), *SETUP, *SOFTWARE, *HARDWARE, *MEMBERS]
