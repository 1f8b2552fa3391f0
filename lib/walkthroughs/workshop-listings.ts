/**
 * Quotations from the two workshop guides (../shared/seeds), shown beside what this product runs.
 * They are illustrations: the guides' credentials are elided, and their string-built SQL is shown
 * only as the workshop wrote it, never run. Client-safe.
 */

const pivotColumns = [1, 2, 3]
  .map(
    (n) => `        MAX(case when purchaseseq = ${n} then purchaseseq else 0 end) PURCHASE_SEQ_${n},
        MAX(case when purchaseseq = ${n} then pd.productname else '' end) PRODUCT_NAME_${n},
        MAX(case when purchaseseq = ${n} then pd.price else 0 end) PRODUCT_PRICE_${n},
        MAX(case when purchaseseq = ${n} then pc.quantity else 0 end) QUANTITY_${n},
        MAX(case when purchaseseq = ${n} then s.telnumber else '' end) SELLER_TEL_NUMBER_${n}`,
  )
  .join(',\n');

const joins = `FROM purchase pc
	INNER JOIN customer c
	ON pc.customerid = c.customerid
	INNER JOIN product pd
	ON pc.productid = pd.productid
    INNER JOIN seller s
    ON pd.sellerid = s.sellerid`;

/** The workshop's first query: purchase 1 as one row per item. */
export const workshopJoinSql = `SELECT  c.customerid, pc.purchaseid, purchaseseq, pd.productname, pd.price, pc.quantity, s.telnumber, pc.purchasedate, c.name, c.address
${joins}
where pc.purchaseid=1;`;

/** Its second query: the same rows pivoted into one. */
export const workshopPivotSql = `SELECT  c.customerid, pc.purchaseid, pc.purchasedate, c.name, c.address,
${pivotColumns}
${joins}
where pc.purchaseid=1
group by c.customerid, pc.purchaseid, pc.purchasedate, c.name, c.address;`;

export const workshopStagingSql = `CREATE TABLE "OSHOP"."PURCHASE_DYNAMODB_FORMAT"
(
    "CUSTOMER_ID" VARCHAR2(20 BYTE),
    "PURCHASE_ID" VARCHAR2(20 BYTE),
    "PURCHASE_DATE" VARCHAR2(10 BYTE),
    "CUSTOMER_NAME" VARCHAR2(10 BYTE),
    "CUSTOMER_ADDRESS" VARCHAR2(100 BYTE),
    "PURCHASE_SEQ_1" VARCHAR2(20 BYTE),
    … PRODUCT_NAME_n, PRODUCT_PRICE_n, QUANTITY_n, SELLER_TEL_NUMBER_n for n = 1, 2, 3 …
    CONSTRAINT "PURCHASE_DYNAMODB_FT_PK" PRIMARY KEY ("CUSTOMER_ID", "PURCHASE_ID")
);

INSERT INTO PURCHASE_DYNAMODB_FORMAT
SELECT  c.customerid, pc.purchaseid, pc.purchasedate, c.name, c.address,
${pivotColumns}
${joins}
group by c.customerid, pc.purchaseid, pc.purchasedate, c.name, c.address;

COMMIT;`;

const mappedColumns = ['CUSTOMER_NAME', 'CUSTOMER_ADDRESS', ...[1, 2, 3].flatMap((n) => [`PRODUCT_NAME_${n}`, `PRODUCT_PRICE_${n}`, `QUANTITY_${n}`, `SELLER_TEL_NUMBER_${n}`])];

/** The DMS task's table mapping (the object-mapping rule), as the workshop pastes it. */
export const workshopDmsMapping = JSON.stringify(
  {
    'rule-type': 'object-mapping',
    'rule-name': 'TransformToDDB',
    'rule-action': 'map-record-to-record',
    'object-locator': { 'schema-name': 'OSHOP', 'table-name': 'PURCHASE_DYNAMODB_FORMAT' },
    'target-table-name': 'purchase_t',
    'mapping-parameters': {
      'partition-key-name': 'customer_id',
      'sort-key-name': 'purchase_id',
      'attribute-mappings': [
        { 'target-attribute-name': 'customer_id', 'attribute-type': 'scalar', 'attribute-sub-type': 'string', value: '${CUSTOMER_ID}' },
        { 'target-attribute-name': 'purchase_id', 'attribute-type': 'scalar', 'attribute-sub-type': 'string', value: '${PURCHASE_ID}' },
        {
          'target-attribute-name': 'purchase_details',
          'attribute-type': 'document',
          'attribute-sub-type': 'dynamodb-map',
          value: { M: Object.fromEntries(mappedColumns.map((column) => [column, { S: `\${${column}}` }])) },
        },
      ],
    },
  },
  null,
  2,
);

export const workshopGatlingLegacy = `Simulation SeoulSummit.Workshop04_legacy started...
---- Requests ------------------------------------------------------------------
> Global                                                   (OK=114    KO=0     )
> selectPurchase                                           (OK=114    KO=0     )
---- Workshop04_legacy ---------------------------------------------------------
          active: 2      / done: 114`;

export const workshopGatlingMsa = `Simulation SeoulSummit.Workshop04_msa started...
---- Requests ------------------------------------------------------------------
> Global                                                   (OK=219    KO=0     )
> selectPurchase                                           (OK=219    KO=0     )
---- Workshop04_msa ------------------------------------------------------------
          active: 2      / done: 219`;

export const workshopPurge = `SQL> @purge
1000 rows updated.
Commit complete.
Table truncated.

127.0.0.1:6379> set prod-001-quantity 3000
OK
127.0.0.1:6379> get prod-001-quantity
"3000"`;

export const workshopAbLegacy = `$ ab -c 150 -n 3000 http://10.100.1.101:5000/order
Document Path:          /order
Document Length:        4 bytes
Concurrency Level:      150
Time taken for tests:   100.827 seconds
Complete requests:      3000
Failed requests:        0
Requests per second:    29.75 [#/sec] (mean)`;

export const workshopAbRedis = `$ ab -c 150 -n 3000 http://10.100.1.101:5000/order-redis
Document Path:          /order-redis
Document Length:        12 bytes
Concurrency Level:      150
Time taken for tests:   24.927 seconds
Complete requests:      3000
Failed requests:        0
HTML transferred:       36000 bytes
Requests per second:    120.35 [#/sec] (mean)`;

export const workshopLegacyCode = `@app.route('/order', methods=['GET'])
def order():
    conn=cx_Oracle.connect(...)   # credentials elided
    cursor=conn.cursor()
    sql="select quantity from HOTDEAL_LIST where PROD_ID = 1 for update"
    rs = cursor.execute(sql)
    for record in rs:
        currVal = record[0]
        if(currVal > 0):
            currVal = currVal - 1
            update_sql = "update HOTDEAL_LIST set quantity="+str(currVal)+" where PROD_ID=1"
            cursor.execute(update_sql)
            insert_sql = "insert into ORDER_HISTORY values (sysdate, 1,1)"
            cursor.execute(insert_sql)
            paymentProcess()
            conn.commit()
            return str(currVal)
        else:
            return "Out Of Stock"`;

export const workshopRedisCode = `@app.route('/order-redis', methods=['GET'])
def order_redis():
    conn=cx_Oracle.connect(...)   # credentials elided
    r = redis.Redis(...)
    cursor=conn.cursor()
    currVal = int(r.get('prod-001-quantity'))      # 1st round trip: read
    if(currVal > 0):
        r.decr('prod-001-quantity',1)              # 2nd round trip: decrement
        insert_sql = "insert into ORDER_HISTORY values (sysdate, 1,1)"
        cursor.execute(insert_sql);
        paymentProcess()
        conn.commit()
        return str(currVal)
    else:
        return "Out Of Stock"`;

/** Two orders on the last unit, interleaved as the race lets them. */
export const raceTimeline = `order A: GET prod-001-quantity  -> "1"
order B: GET prod-001-quantity  -> "1"     (A has not decremented yet)
order A: 1 > 0, DECR            -> 0       sold
order B: 1 > 0, DECR            -> -1      sold a unit that does not exist`;
