# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"pepita\\_conv\\_mnist\\_constant\\_lr softmax" 2.02 0 NaN
EOD
set terminal svg size 900,174 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'rules\_paper\_pepita\_conv: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.919:2.121]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,174 font 'Helvetica,10'
set output 'errors.png'
set title 'rules\_paper\_pepita\_conv: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.919:2.121]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,0.83in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'rules\_paper\_pepita\_conv: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [0.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.919:2.121]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
