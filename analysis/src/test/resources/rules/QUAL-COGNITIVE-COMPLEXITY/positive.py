def route(order, user, flags):  # expect: QUAL-COGNITIVE-COMPLEXITY
    for item in order.items:
        if item.stock:
            for warehouse in item.warehouses:
                if warehouse.open and not flags.paused:
                    if user.vip or flags.express:
                        return warehouse
                    elif item.heavy:
                        continue
                    else:
                        break
    return None
